extension DatedCheckpoint {
    /// A checkpoint on an absolute date: by `date`, at least `minimum` % (red below), `target` % or
    /// more green; without a target the target equals the minimum (no yellow zone).
    public init(date: LocalDate, minimum: Double, target: Double? = nil, name: String? = nil) {
        self.init(
            date: date, checkpoint: Checkpoint(month: date.month, day: date.day, minimum: minimum, target: target ?? minimum, name: name))
    }

    /// Parses `DATE:MIN[:TARGET]` as the command line writes a flat status file's checkpoints
    /// (`2023-06-30:30:40`); `nil` when the text is not of that form, the date does not exist, or
    /// the bounds are not 0 ≤ MIN ≤ TARGET ≤ 100. A flat file carries no period, so the date is
    /// absolute.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), let date = LocalDate(iso: parts[0]),
            let minimum = Double(parts[1]), (0...100).contains(minimum)
        else { return nil }
        var target = minimum
        if parts.count == 3 {
            guard let value = Double(parts[2]), (minimum...100).contains(value) else { return nil }
            target = value
        }
        self.init(date: date, minimum: minimum, target: target)
    }

    /// The programme's two checkpoints (30.06 ≥ 30 %, target 40 %; 30.11 ≥ 80 %, target 90 %) in a
    /// year, without their names (a flat status report shows dates).
    public static func programmeDefaults(year: Int) -> [DatedCheckpoint] {
        Checkpoint.programmeDefaults.compactMap { checkpoint in
            checkpoint.date(in: year).map { DatedCheckpoint(date: $0, minimum: checkpoint.minimum, target: checkpoint.target) }
        }
    }

    /// The zone a percentage falls in at this checkpoint: red < minimum ≤ yellow < target ≤ green.
    public func zone(for percent: Double) -> Zone { Zone(percent: percent, checkpoint: checkpoint) }
}
