/// The result of the flat status path: figures per school, municipality and region, and every row
/// that could not be read.
public struct StatusReport: Hashable, Sendable {
    /// One unit's figures. `municipality` is `nil` for a region, `school` is `nil` above a school.
    public struct Unit: Hashable, Sendable {
        public var region: String
        public var municipality: String?
        public var school: String?
        public var counts: StatusCounts

        public init(region: String, municipality: String? = nil, school: String? = nil, counts: StatusCounts) {
            self.region = region
            self.municipality = municipality
            self.school = school
            self.counts = counts
        }

        /// The unit's level.
        public var level: Level { school != nil ? .school : municipality != nil ? .municipality : .region }
    }

    /// The date the figures are computed as of.
    public var asOf: LocalDate
    public var checkpoints: [StatusCheckpoint]
    /// Regions, sorted by id.
    public var regions: [Unit]
    /// Municipalities, sorted by region then municipality id.
    public var municipalities: [Unit]
    /// Schools, sorted by region, municipality, school id.
    public var schools: [Unit]
    /// Data rows read (excluding the header and blank lines), malformed ones included.
    public var rowCount: Int
    /// Rows that could not be read, in line order (at most `StatusFile.problemLimit`).
    public var problems: [StatusProblem]
    /// How many rows were malformed in all (may exceed `problems.count`).
    public var problemCount: Int

    public init(
        asOf: LocalDate, checkpoints: [StatusCheckpoint], regions: [Unit], municipalities: [Unit], schools: [Unit],
        rowCount: Int, problems: [StatusProblem], problemCount: Int
    ) {
        self.asOf = asOf
        self.checkpoints = checkpoints
        self.regions = regions
        self.municipalities = municipalities
        self.schools = schools
        self.rowCount = rowCount
        self.problems = problems
        self.problemCount = problemCount
    }

    /// The units of one level.
    public func units(_ level: Level) -> [Unit] {
        switch level {
        case .region: regions
        case .municipality: municipalities
        case .school: schools
        }
    }

    /// The zone of checkpoint `index` for `counts`: `.pending` when its date is after the as-of date.
    public func zone(_ index: Int, _ counts: StatusCounts) -> StatusZone {
        let checkpoint = checkpoints[index]
        if checkpoint.date > asOf { return .pending }
        return checkpoint.zone(for: counts.checkpointPercent(index))
    }
}

/// A row of a status file that could not be read: its 1-based line and what was wrong.
public struct StatusProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Not six columns.
        case columnCount = "column-count"
        /// A date that is not `YYYY-MM-DD` or does not exist (2023-02-31).
        case badDate = "bad-date"
        /// An empty region, municipality, school or activity id.
        case emptyField = "empty-field"
        /// A quoted field that is not closed on its line.
        case badQuoting = "bad-quoting"
    }

    public var line: Int
    public var kind: Kind
    public var message: LocalizedText

    public init(line: Int, kind: Kind, ru: String, en: String) {
        self.line = line
        self.kind = kind
        self.message = LocalizedText(ru: ru, en: en)
    }

    /// `line 12: [bad-date] …` in a language.
    public func formatted(file: String, _ language: Language) -> String {
        "\(file):\(line): error: [\(kind.rawValue)] \(message.text(language))"
    }

    public var description: String { "line \(line): [\(kind.rawValue)] \(message.en)" }
}

/// A status file that cannot be evaluated at all (unreadable, wrong header).
public enum StatusFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case badHeader(path: String, found: String)

    public var description: String { message.en }

    /// The message in both languages.
    public var message: LocalizedText {
        switch self {
        case .unreadable(let path, let reason):
            LocalizedText(ru: "\(path): файл не прочитан: \(reason)", en: "\(path): cannot read: \(reason)")
        case .badHeader(let path, let found):
            LocalizedText(
                ru: "\(path):1: ожидался заголовок \(StatusFile.header.joined(separator: ",")), а в файле «\(found)»",
                en: "\(path):1: expected the header \(StatusFile.header.joined(separator: ",")), found \"\(found)\"")
        }
    }
}
