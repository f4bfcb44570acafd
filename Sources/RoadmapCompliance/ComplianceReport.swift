/// Everything `roadmap compliance` shows, computed once; the renderers only read it.
///
/// Field names are the JSON report's and are stable (Docs/compliance.md, «JSON report»).
public struct ComplianceReport: Hashable, Sendable, Codable {
    /// Version of the JSON layout.
    public var schemaVersion: Int
    public var asOf: LocalDate
    public var regionName: String
    /// The roll-up policy the headline percentages use.
    package var rollUp: RollUpPolicy
    /// How work under way was credited (`workspace.json` `credit`).
    package var credit: CreditPolicy = .elapsedShare
    /// Reports made after this day were left out (`--known-on`); `nil`: every report.
    public var knownOn: LocalDate?
    /// The checkpoint zones are measured against (latest on or before `asOf`).
    public var checkpoint: DatedCheckpoint?
    /// The checkpoint that comes next, which `onTrack` looks at.
    public var nextCheckpoint: DatedCheckpoint?
    /// The region first, then municipalities (register order), then schools (register order).
    public var units: [UnitCompliance]
    /// Regional activities' indicators evaluated from the levels below.
    package var indicators: [IndicatorResult]
    /// Multi-year target indicators of every roadmap, for the as-of year.
    package var targets: [TargetResult]

    package init(
        asOf: LocalDate, regionName: String, rollUp: RollUpPolicy, checkpoint: DatedCheckpoint?,
        nextCheckpoint: DatedCheckpoint?, units: [UnitCompliance], indicators: [IndicatorResult] = [],
        targets: [TargetResult] = []
    ) {
        self.schemaVersion = 1
        self.asOf = asOf
        self.regionName = regionName
        self.rollUp = rollUp
        self.checkpoint = checkpoint
        self.nextCheckpoint = nextCheckpoint
        self.units = units
        self.indicators = indicators
        self.targets = targets
    }

    /// The region's unit.
    public var region: UnitCompliance? { units.first { $0.level == .region } }

    /// Units of one level.
    public func units(at level: Level) -> [UnitCompliance] { units.filter { $0.level == level } }

    /// Schools of a municipality.
    public func schools(of municipality: String) -> [UnitCompliance] {
        units.filter { $0.level == .school && $0.parent == municipality }
    }

    /// The report narrowed to one municipality (it, its schools, and the region line kept for context).
    public func restricted(toMunicipality id: String) -> ComplianceReport {
        var copy = self
        copy.units = units.filter {
            $0.level == .region || $0.id == id && $0.level == .municipality || $0.parent == id && $0.level == .school
        }
        return copy
    }

    /// Whether every unit with a zone is at or above the minimum (exit code 0).
    public var allAtMinimum: Bool { !units.contains { $0.zone == .red } }

    /// Units sorted worst first: red, yellow, green, no zone; then by percentage, then by name.
    public static func worstFirst(_ units: [UnitCompliance]) -> [UnitCompliance] {
        units.sorted { a, b in
            let za = a.zone?.severity ?? 3
            let zb = b.zone?.severity ?? 3
            if za != zb { return za < zb }
            switch (a.percent, b.percent) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.name < b.name
            }
        }
    }
}
