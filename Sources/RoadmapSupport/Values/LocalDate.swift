/// A calendar date without a time zone: what a roadmap means by «30.06.2023».
///
/// Stored as year, month and day; encoded in JSON as `YYYY-MM-DD`. Construction validates the day
/// against the month (so «31.02.2023» is rejected), and `dayNumber` gives a linear day count for
/// arithmetic such as lead times.
public struct LocalDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns `nil` when the day does not exist (31.02, 15.13, 00.01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= LocalDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days in a month of a year (Gregorian calendar).
    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether a year is a Gregorian leap year.
    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// First day of a month.
    package static func firstDay(year: Int, month: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: 1)!
    }

    /// Last day of a month.
    package static func lastDay(year: Int, month: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 0001-01-01 (a proleptic Gregorian day count), for date arithmetic.
    package var dayNumber: Int {
        // Algorithm from Howard Hinnant's days_from_civil, shifted so 0001-01-01 is 0.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 306 - 365
    }

    /// The date a given day count denotes (inverse of `dayNumber`).
    package init(dayNumber: Int) {
        let z = dayNumber + 306 + 365
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    /// This date moved by a number of days (negative moves back).
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// Parses `YYYY-MM-DD` exactly; `nil` for anything else or an impossible day.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        guard let y = LocalDate.digits(u, 0, 4), let m = LocalDate.digits(u, 5, 2), let d = LocalDate.digits(u, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses `DD.MM.YYYY` exactly; `nil` for anything else or an impossible day.
    public init?(russian text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[2] == UInt8(ascii: "."), u[5] == UInt8(ascii: ".") else { return nil }
        guard let d = LocalDate.digits(u, 0, 2), let m = LocalDate.digits(u, 3, 2), let y = LocalDate.digits(u, 6, 4)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The decimal number written by `count` ASCII digits from `start`; `nil` when one is not a digit.
    package static func digits(_ u: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            let c = u[i]
            guard c >= 48, c <= 57 else { return nil }
            value = value * 10 + Int(c - 48)
        }
        return value
    }

    /// `YYYY-MM-DD`.
    public var isoString: String {
        LocalDate.pad(year, 4) + "-" + LocalDate.pad(month, 2) + "-" + LocalDate.pad(day, 2)
    }

    /// `DD.MM.YYYY`, as Russian documents write dates.
    public var russianString: String {
        LocalDate.pad(day, 2) + "." + LocalDate.pad(month, 2) + "." + LocalDate.pad(year, 4)
    }

    package static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension LocalDate: CustomStringConvertible {
    public var description: String { isoString }
}

extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD that exists, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoString)
    }
}
