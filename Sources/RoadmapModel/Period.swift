import Foundation

/// The period a roadmap covers.
///
/// JSON and the CLI accept: `2023` (calendar year), `2021-2022` or `2021-2022 учебный год`
/// (academic year, 1 September to 31 August), `2022-2025` or `2022-2025 гг.` (several calendar
/// years), and `2023-01-01..2023-12-31` (explicit dates). A two-year span written with «гг.» /
/// «годы» is multi-year; without it, it is an academic year.
public enum Period: Hashable, Sendable {
    /// Calendar year, e.g. the Kaliningrad plan «в 2023 году».
    case calendarYear(Int)
    /// Academic year starting in September of `startYear`: «2021-2022 учебный год».
    case academicYear(startYear: Int)
    /// Several calendar years: «на 2022 – 2024 годы», «2022-2025 гг.».
    case multiYear(from: Int, through: Int)
    /// Explicit first and last day.
    case custom(start: LocalDate, end: LocalDate)

    /// First day of the period.
    public var start: LocalDate {
        switch self {
        case .calendarYear(let y): LocalDate.firstDay(year: y, month: 1)
        case .academicYear(let y): LocalDate.firstDay(year: y, month: 9)
        case .multiYear(let a, _): LocalDate.firstDay(year: a, month: 1)
        case .custom(let s, _): s
        }
    }

    /// Last day of the period.
    public var end: LocalDate {
        switch self {
        case .calendarYear(let y): LocalDate.lastDay(year: y, month: 12)
        case .academicYear(let y): LocalDate.lastDay(year: y + 1, month: 8)
        case .multiYear(_, let b): LocalDate.lastDay(year: b, month: 12)
        case .custom(_, let e): e
        }
    }

    /// Whether a date falls inside the period (both ends included).
    public func contains(_ date: LocalDate) -> Bool { date >= start && date <= end }

    /// The calendar years the period touches.
    public var years: ClosedRange<Int> { start.year...end.year }

    /// Parses the forms listed on the type; `nil` when the text is none of them.
    public init?(parsing raw: String) {
        var text = raw.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if let range = text.range(of: "..") {
            guard let s = LocalDate(iso: text[..<range.lowerBound]), let e = LocalDate(iso: text[range.upperBound...]),
                s <= e
            else { return nil }
            self = .custom(start: s, end: e)
            return
        }
        var academic = false
        var multi = false
        for marker in ["учебный год", "учебного года", "уч. год", "уч.год", "academic"] where text.contains(marker) {
            academic = true
            text = text.replacingOccurrences(of: marker, with: "")
        }
        for marker in ["годы", "годов", "гг.", "гг", "years"] where text.contains(marker) {
            multi = true
            text = text.replacingOccurrences(of: marker, with: "")
        }
        for marker in ["году", "года", "год", "г.", "в ", "на "] where text.contains(marker) {
            text = text.replacingOccurrences(of: marker, with: " ")
        }
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard text.allSatisfy({ $0.isNumber || " -–—/".contains($0) }) else { return nil }
        switch numbers.count {
        case 1 where (1900...2200).contains(numbers[0]) && !academic:
            self = .calendarYear(numbers[0])
        case 2 where (1900...2200).contains(numbers[0]) && numbers[1] > numbers[0] && numbers[1] - numbers[0] <= 20:
            if numbers[1] == numbers[0] + 1 && !multi {
                self = .academicYear(startYear: numbers[0])
            } else if academic {
                return nil
            } else {
                self = .multiYear(from: numbers[0], through: numbers[1])
            }
        default:
            return nil
        }
    }

    /// The canonical text, as written to JSON.
    public var canonicalText: String {
        switch self {
        case .calendarYear(let y): "\(y)"
        case .academicYear(let y): "\(y)-\(y + 1) учебный год"
        case .multiYear(let a, let b): "\(a)-\(b) гг."
        case .custom(let s, let e): "\(s.isoString)..\(e.isoString)"
        }
    }
}

extension Period: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let year = try? container.decode(Int.self) {
            self = .calendarYear(year)
            return
        }
        let text = try container.decode(String.self)
        guard let period = Period(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "expected a period such as \"2023\", \"2021-2022 учебный год\" or \"2022-2025 гг.\", found \"\(text)\""
            )
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonicalText)
    }
}

extension Period: CustomStringConvertible {
    public var description: String { canonicalText }
}
