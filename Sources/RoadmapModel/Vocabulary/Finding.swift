/// A problem found in a workspace or an input file: a value with a stable code, so tests and
/// scripts match on the code, not on the wording.
public struct Finding: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var code: FindingCode
    public var message: LocalizedText
    /// The file, relative to the workspace (or as given on the command line).
    public var file: String
    /// A line (`12`, `12:5`) or a field path (`sections[2].activities[0].schedule`).
    public var location: String?

    public init(
        _ severity: Severity, _ code: FindingCode, file: String, location: String? = nil, ru: String, en: String
    ) {
        self.severity = severity
        self.code = code
        self.message = LocalizedText(ru: ru, en: en)
        self.file = file
        self.location = location
    }

    /// `path:location: error: [code] message`, the compiler-style line tools and editors understand.
    public func formatted(_ language: Language = .ru) -> String {
        let place = location.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): [\(code.rawValue)] \(message.text(language))"
    }
}

/// A stable finding code (`deadline-after-parent`). Codes are declared as static members next to
/// the rule that produces them; Docs list them all.
public struct FindingCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

extension FindingCode {
    /// A file is not valid JSON (or not the expected structure).
    public static let invalidJSON = FindingCode("invalid-json")
    /// A file's schemaVersion is newer than this tool understands.
    public static let schemaTooNew = FindingCode("schema-too-new")
    /// A required file is missing.
    public static let missingFile = FindingCode("missing-file")
    /// An id that is unsafe as a file name.
    public static let unsafeID = FindingCode("unsafe-id")
    /// A reference to a municipality, school or activity that does not exist.
    public static let unknownID = FindingCode("unknown-id")
    /// Two things share an id.
    public static let duplicateID = FindingCode("duplicate-id")
    /// A link to an activity that does not exist.
    public static let unknownLink = FindingCode("unknown-link")
    /// Links that form a cycle.
    public static let linkCycle = FindingCode("link-cycle")
    /// A date that does not exist (31.02.2023).
    public static let impossibleDate = FindingCode("impossible-date")
    /// A date outside the roadmap's period.
    public static let dateOutsidePeriod = FindingCode("date-outside-period")
    /// A schedule text the parser could not fully understand.
    public static let unparsedSchedule = FindingCode("unparsed-schedule")
    /// A file's owner does not match its place in the workspace.
    public static let ownerMismatch = FindingCode("owner-mismatch")
}
