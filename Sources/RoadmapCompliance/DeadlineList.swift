/// The weekly working list: what is overdue and what falls due soon, by responsible unit.
public struct DeadlineList: Hashable, Sendable {
    /// One line of the list.
    public struct Entry: Hashable, Sendable {
        package var item: ActivityItem
        /// The responsible unit's name (a school's short name, a municipality, the region).
        public var unitName: String
        /// The municipality the unit belongs to (its own name for a municipality; empty for the region).
        public var municipalityName: String
        /// Days from the as-of date to the deadline: negative when overdue.
        public var daysLeft: Int
        /// Whether the item is reported done but lacks its document (listed among the due ones).
        public var undocumented: Bool
        /// Whether the item is dated outside its roadmap's period (validate: `date-outside-period`):
        /// listed so it is seen and corrected (`roadmap amend`), not counted in any percentage.
        public var outsidePeriod: Bool = false
    }

    public var asOf: LocalDate
    public var within: Int
    /// Region first, then each municipality followed by its schools; inside a unit by deadline.
    public var entries: [Entry]

    /// Builds the list from an evaluation (made with `lookAheadDays == within`).
    package init(workspace: Workspace, executions: [RoadmapExecution], asOf: LocalDate, within: Int) {
        self.asOf = asOf
        self.within = within
        let municipalityNames = Dictionary(workspace.units.municipalities.map { ($0.id, $0.name) }) { a, _ in a }
        let schools = Dictionary(workspace.units.schools.map { ($0.id, $0) }) { a, _ in a }
        var entries: [Entry] = []
        for execution in executions {
            let unitName: String
            let municipalityName: String
            switch execution.owner {
            case .region:
                unitName = workspace.settings.region.name
                municipalityName = ""
            case .municipality(let id):
                unitName = municipalityNames[id] ?? id.rawValue
                municipalityName = unitName
            case .school(let id):
                let school = schools[id]
                unitName = school?.displayName ?? id.rawValue
                municipalityName = school.map { municipalityNames[$0.municipality] ?? $0.municipality.rawValue } ?? ""
            }
            let undocumentedDue = execution.undocumented.filter { ($0.deadline ?? asOf) <= asOf && $0.deadline != nil }
            var own = execution.overdue.map { ($0, false) } + undocumentedDue.map { ($0, true) }
            own += execution.dueSoon.filter { ($0.deadline ?? asOf) <= asOf.adding(days: within) }.map { ($0, false) }
            own.sort { ($0.0.deadline ?? asOf, $0.0.activity) < ($1.0.deadline ?? asOf, $1.0.activity) }
            for (item, undocumented) in own {
                entries.append(
                    Entry(
                        item: item, unitName: unitName, municipalityName: municipalityName,
                        daysLeft: (item.deadline ?? asOf).dayNumber - asOf.dayNumber, undocumented: undocumented))
            }
            for item in execution.outsidePeriod {
                entries.append(
                    Entry(
                        item: item, unitName: unitName, municipalityName: municipalityName,
                        daysLeft: (item.deadline ?? asOf).dayNumber - asOf.dayNumber, undocumented: false,
                        outsidePeriod: true))
            }
        }
        self.entries = entries
    }

    /// Entries due by the as-of date and not done (the document-less ones not included).
    public var overdueCount: Int { entries.filter { $0.daysLeft <= 0 && !$0.undocumented && !$0.outsidePeriod }.count }
    /// Entries dated outside their roadmap's period.
    public var outsidePeriodCount: Int { entries.filter(\.outsidePeriod).count }
    /// Entries reported done without their document.
    public var undocumentedCount: Int { entries.filter(\.undocumented).count }
    /// Entries falling due after the as-of date, within the look-ahead.
    public var dueSoonCount: Int { entries.filter { $0.daysLeft > 0 && !$0.undocumented && !$0.outsidePeriod }.count }
}
