/// A typed identifier: a school id cannot be passed where a municipality id is expected.
///
/// The raw value is a short ASCII slug (`svetlogorsk`, `maou-oosh-primorye`). Identifiers name
/// workspace files, so `isSafeFileName` must hold before one is used in a path; the workspace
/// loader and every writer check it.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the id can be used as a file name: 1–120 characters of `A–Z a–z 0–9 . _ -`,
    /// not starting with a dot (so never `.` or `..`), no separators or control characters.
    public var isSafeFileName: Bool { Identifiers.isSafeFileName(rawValue) }
}

/// Helpers shared by all identifier kinds.
public enum Identifiers {
    /// See `Identifier.isSafeFileName`.
    package static func isSafeFileName(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= 120, utf8.first != UInt8(ascii: ".") else { return false }
        for c in utf8 {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                continue
            default:
                return false
            }
        }
        return true
    }
}

/// Tag types for `Identifier`.
public enum RegionTag {}
public enum MunicipalityTag {}
public enum SchoolTag {}

/// Регион: the regional ministry/institute that issues the plan.
public typealias RegionID = Identifier<RegionTag>
/// Муниципалитет (МОУО): municipal education authority.
public typealias MunicipalityID = Identifier<MunicipalityTag>
/// Образовательная организация (ОО): a participating school.
public typealias SchoolID = Identifier<SchoolTag>
