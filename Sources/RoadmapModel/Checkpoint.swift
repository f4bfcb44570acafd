/// A monitoring date with the minimum and target share of a roadmap that must be carried out by then.
///
/// The 500+ defaults: 30 June ≥ 30 % (target 40 %), 30 November ≥ 80 % (target 90 %). A checkpoint
/// is written as a day of the year (`"06-30"`) and applies in every year of a roadmap's period.
public struct Checkpoint: Hashable, Sendable, Codable {
    public var month: Int
    public var day: Int
    /// Below this percentage a unit is in the red zone.
    public var minimum: Double
    /// At or above this percentage a unit is in the green zone; in between, yellow.
    public var target: Double
    /// Name for reports («Первый мониторинг»).
    public var name: String?

    public init(month: Int, day: Int, minimum: Double, target: Double, name: String? = nil) {
        self.month = month
        self.day = day
        self.minimum = minimum
        self.target = target
        self.name = name
    }

    /// The 500+ programme's two checkpoints.
    public static let programmeDefaults: [Checkpoint] = [
        Checkpoint(month: 6, day: 30, minimum: 30, target: 40, name: "Первый мониторинг"),
        Checkpoint(month: 11, day: 30, minimum: 80, target: 90, name: "Второй мониторинг"),
    ]

    /// The checkpoint's date in a year (`nil` for 29 February in a common year).
    public func date(in year: Int) -> LocalDate? { LocalDate(year: year, month: month, day: day) }

    enum CodingKeys: String, CodingKey { case date, minimum, target, name }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .date)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, LocalDate(year: 2024, month: parts[0], day: parts[1]) != nil else {
            throw DecodingError.dataCorruptedError(
                forKey: .date, in: c, debugDescription: "expected a day of the year as MM-DD, found \"\(text)\"")
        }
        month = parts[0]
        day = parts[1]
        minimum = try c.decode(Double.self, forKey: .minimum)
        target = try c.decodeIfPresent(Double.self, forKey: .target) ?? minimum
        name = try c.decodeIfPresent(String.self, forKey: .name)
        guard (0...100).contains(minimum), (minimum...100).contains(target) else {
            throw DecodingError.dataCorruptedError(
                forKey: .target, in: c, debugDescription: "expected 0 ≤ minimum ≤ target ≤ 100")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(LocalDate.pad(month, 2) + "-" + LocalDate.pad(day, 2), forKey: .date)
        try c.encode(minimum, forKey: .minimum)
        try c.encode(target, forKey: .target)
        try c.encodeIfPresent(name, forKey: .name)
    }
}
