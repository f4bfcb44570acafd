import Foundation

/// `workspace.json`: the region, its period and the rules every roadmap below is checked against.
package struct WorkspaceSettings: Hashable, Sendable, Codable {
    package var region: RegionInfo
    /// The regional plan's period; checkpoints apply in each of its years.
    package var period: Period
    /// Monitoring checkpoints (default: the 500+ 30.06 and 30.11 pair).
    package var checkpoints: [Checkpoint]
    /// How parents combine children in the headline figure.
    package var rollUp: RollUpPolicy
    /// Risk-profile factors schools may choose from.
    package var riskDirections: [String]
    /// Cascade vocabulary, lead times and document names.
    package var rules: CascadeRules
    /// How work under way counts in the percentages (default `elapsed-share`; absent in older files).
    package var credit: CreditPolicy = .elapsedShare
    /// Items that do not apply to kinds of school (default: ГИА-11 / ЕГЭ for ООШ …; absent in older files).
    package var schoolTypes: [SchoolTypeRule] = SchoolTypeRule.programmeDefaults
    /// The region's term dates: «I четверть», «ежечетвертно», «по триместрам» are read with them
    /// (default: the usual dates, `SchoolCalendar.standard`; written only when they differ).
    package var schoolCalendar: SchoolCalendar = .standard

    package init(
        region: RegionInfo, period: Period, checkpoints: [Checkpoint] = Checkpoint.programmeDefaults,
        rollUp: RollUpPolicy = .pooled, riskDirections: [String] = RiskDirections.programmeDefaults,
        rules: CascadeRules = .programmeDefaults
    ) {
        self.region = region
        self.period = period
        self.checkpoints = checkpoints
        self.rollUp = rollUp
        self.riskDirections = riskDirections
        self.rules = rules
    }

    enum CodingKeys: String, CodingKey {
        case region, period, checkpoints, rollUp, riskDirections, rules, credit, schoolTypes, schoolCalendar
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        region = try c.decode(RegionInfo.self, forKey: .region)
        period = try c.decode(Period.self, forKey: .period)
        checkpoints = try c.decodeIfPresent([Checkpoint].self, forKey: .checkpoints) ?? Checkpoint.programmeDefaults
        rollUp = try c.decodeIfPresent(RollUpPolicy.self, forKey: .rollUp) ?? .pooled
        riskDirections = try c.decodeIfPresent([String].self, forKey: .riskDirections) ?? RiskDirections.programmeDefaults
        rules = try c.decodeIfPresent(CascadeRules.self, forKey: .rules) ?? .programmeDefaults
        credit = try c.decodeIfPresent(CreditPolicy.self, forKey: .credit) ?? .elapsedShare
        schoolTypes = try c.decodeIfPresent([SchoolTypeRule].self, forKey: .schoolTypes) ?? SchoolTypeRule.programmeDefaults
        schoolCalendar = try c.decodeIfPresent(SchoolCalendar.self, forKey: .schoolCalendar) ?? .standard
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(region, forKey: .region)
        try c.encode(period, forKey: .period)
        try c.encode(checkpoints, forKey: .checkpoints)
        try c.encode(rollUp, forKey: .rollUp)
        try c.encode(riskDirections, forKey: .riskDirections)
        try c.encode(rules, forKey: .rules)
        try c.encode(credit, forKey: .credit)
        try c.encode(schoolTypes, forKey: .schoolTypes)
        // The usual terms are not written: files of regions that keep them stay as they were.
        if schoolCalendar != .standard { try c.encode(schoolCalendar, forKey: .schoolCalendar) }
    }
}

/// The region a workspace belongs to.
package struct RegionInfo: Hashable, Sendable, Codable {
    package var id: RegionID
    /// «Калининградская область».
    package var name: String
    /// Региональный координатор / the issuing authority, when known.
    package var coordinator: String?

    package init(id: RegionID, name: String, coordinator: String? = nil) {
        self.id = id
        self.name = name
        self.coordinator = coordinator
    }
}

/// `units.json`: the register of municipalities and participating schools.
///
/// Lookups by id are O(1): an index is built on the first lookup after a change and shared by
/// copies, so validating 40,000 schools does not scan the list per school.
package struct UnitRegister: Sendable, Codable {
    package var municipalities: [Municipality] { didSet { index = UnitIndex() } }
    package var schools: [School] { didSet { index = UnitIndex() } }
    private var index = UnitIndex()

    package init(municipalities: [Municipality] = [], schools: [School] = []) {
        self.municipalities = municipalities
        self.schools = schools
    }

    enum CodingKeys: String, CodingKey { case municipalities, schools }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        municipalities = try c.decodeIfPresent([Municipality].self, forKey: .municipalities) ?? []
        schools = try c.decodeIfPresent([School].self, forKey: .schools) ?? []
    }

    /// A municipality by id.
    package func municipality(_ id: MunicipalityID) -> Municipality? {
        index.tables(self).municipalities[id].map { municipalities[$0] }
    }

    /// A school by id.
    package func school(_ id: SchoolID) -> School? {
        index.tables(self).schools[id].map { schools[$0] }
    }

    /// The schools of a municipality, in register order.
    package func schools(in municipality: MunicipalityID) -> [School] {
        (index.tables(self).byMunicipality[municipality] ?? []).map { schools[$0] }
    }

    /// Each id's position in `municipalities` and in `schools` (the first entry of a repeated id),
    /// from the index the lookups above share: for callers that look up many ids without the
    /// index's lock.
    package func positions() -> (municipalities: [MunicipalityID: Int], schools: [SchoolID: Int]) {
        let tables = index.tables(self)
        return (tables.municipalities, tables.schools)
    }
}

extension UnitRegister: Hashable {
    package static func == (lhs: UnitRegister, rhs: UnitRegister) -> Bool {
        lhs.municipalities == rhs.municipalities && lhs.schools == rhs.schools
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(municipalities)
        hasher.combine(schools)
    }
}

/// Lazily built id → position tables for a `UnitRegister` (first occurrence wins for duplicate ids).
private final class UnitIndex: @unchecked Sendable {
    struct Tables {
        var municipalities: [MunicipalityID: Int] = [:]
        var schools: [SchoolID: Int] = [:]
        var byMunicipality: [MunicipalityID: [Int]] = [:]
    }

    private let lock = NSLock()
    private var built: Tables?

    func tables(_ register: UnitRegister) -> Tables {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var t = Tables()
        t.municipalities.reserveCapacity(register.municipalities.count)
        for (i, m) in register.municipalities.enumerated() where t.municipalities[m.id] == nil { t.municipalities[m.id] = i }
        t.schools.reserveCapacity(register.schools.count)
        for (i, s) in register.schools.enumerated() {
            if t.schools[s.id] == nil { t.schools[s.id] = i }
            t.byMunicipality[s.municipality, default: []].append(i)
        }
        built = t
        return t
    }
}
