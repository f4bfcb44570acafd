/// `workspace.json`: the region, its period and the rules every roadmap below is checked against.
public struct WorkspaceSettings: Hashable, Sendable, Codable {
    public var region: RegionInfo
    /// The regional plan's period; checkpoints apply in each of its years.
    public var period: Period
    /// Monitoring checkpoints (default: the 500+ 30.06 and 30.11 pair).
    public var checkpoints: [Checkpoint]
    /// How parents combine children in the headline figure.
    public var rollUp: RollUpPolicy
    /// Risk-profile factors schools may choose from.
    public var riskDirections: [String]
    /// Cascade vocabulary, lead times and document names.
    public var rules: CascadeRules

    public init(
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

    enum CodingKeys: String, CodingKey { case region, period, checkpoints, rollUp, riskDirections, rules }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        region = try c.decode(RegionInfo.self, forKey: .region)
        period = try c.decode(Period.self, forKey: .period)
        checkpoints = try c.decodeIfPresent([Checkpoint].self, forKey: .checkpoints) ?? Checkpoint.programmeDefaults
        rollUp = try c.decodeIfPresent(RollUpPolicy.self, forKey: .rollUp) ?? .pooled
        riskDirections = try c.decodeIfPresent([String].self, forKey: .riskDirections) ?? RiskDirections.programmeDefaults
        rules = try c.decodeIfPresent(CascadeRules.self, forKey: .rules) ?? .programmeDefaults
    }
}

/// The region a workspace belongs to.
public struct RegionInfo: Hashable, Sendable, Codable {
    public var id: RegionID
    /// «Калининградская область».
    public var name: String
    /// Региональный координатор / the issuing authority, when known.
    public var coordinator: String?

    public init(id: RegionID, name: String, coordinator: String? = nil) {
        self.id = id
        self.name = name
        self.coordinator = coordinator
    }
}

/// `units.json`: the register of municipalities and participating schools.
public struct UnitRegister: Hashable, Sendable, Codable {
    public var municipalities: [Municipality]
    public var schools: [School]

    public init(municipalities: [Municipality] = [], schools: [School] = []) {
        self.municipalities = municipalities
        self.schools = schools
    }

    enum CodingKeys: String, CodingKey { case municipalities, schools }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        municipalities = try c.decodeIfPresent([Municipality].self, forKey: .municipalities) ?? []
        schools = try c.decodeIfPresent([School].self, forKey: .schools) ?? []
    }
}
