/// Общеобразовательная организация (ОО) taking part in the programme.
public struct School: Hashable, Sendable, Codable {
    public var id: SchoolID
    public var municipality: MunicipalityID
    /// Full official name, e.g. «Муниципальное автономное общеобразовательное учреждение «Основная
    /// общеобразовательная школа п. Приморье»».
    public var name: String
    /// Short name as documents write it: МАОУ «ООШ п. Приморье».
    public var shortName: String?
    /// Code in the federal list (ИНН, ОГРН or the operator's code), when the list gives one.
    public var code: String?
    public var flags: ProgrammeFlags
    /// Chosen risk directions (факторы рискового профиля); strings from the workspace's configured list.
    public var riskDirections: [String]
    /// Ответственный за реализацию дорожной карты в школе.
    public var responsible: String?

    public init(
        id: SchoolID, municipality: MunicipalityID, name: String, shortName: String? = nil, code: String? = nil,
        flags: ProgrammeFlags = ProgrammeFlags(), riskDirections: [String] = [], responsible: String? = nil
    ) {
        self.id = id
        self.municipality = municipality
        self.name = name
        self.shortName = shortName
        self.code = code
        self.flags = flags
        self.riskDirections = riskDirections
        self.responsible = responsible
    }

    /// The name to show a person: the short name when there is one, in guillemets whatever quotes
    /// the register uses (`Guillemets`).
    public var displayName: String { Guillemets.apply(shortName ?? name) }

    enum CodingKeys: String, CodingKey {
        case id, municipality, name, shortName, code, flags, riskDirections, responsible
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(SchoolID.self, forKey: .id)
        municipality = try c.decode(MunicipalityID.self, forKey: .municipality)
        name = try c.decode(String.self, forKey: .name)
        shortName = try c.decodeIfPresent(String.self, forKey: .shortName)
        code = try c.decodeIfPresent(String.self, forKey: .code)
        flags = try c.decodeIfPresent(ProgrammeFlags.self, forKey: .flags) ?? ProgrammeFlags()
        riskDirections = try c.decodeIfPresent([String].self, forKey: .riskDirections) ?? []
        responsible = try c.decodeIfPresent(String.self, forKey: .responsible)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(shortName, forKey: .shortName)
        try c.encodeIfPresent(code, forKey: .code)
        try c.encode(flags, forKey: .flags)
        if !riskDirections.isEmpty { try c.encode(riskDirections, forKey: .riskDirections) }
        try c.encodeIfPresent(responsible, forKey: .responsible)
    }
}

/// The programme lists a school is on.
public struct ProgrammeFlags: Hashable, Sendable, Codable {
    /// Школа с низкими образовательными результатами (ШНОР).
    public var lowResults: Bool
    /// Школа, функционирующая в сложных / неблагоприятных социальных условиях (ШССУ / ШНСУ).
    public var difficultConditions: Bool
    /// Participant of the federal «500+» project.
    public var participant500: Bool
    /// Years of participation (calendar years, e.g. [2022, 2023]).
    public var years: [Int]

    public init(lowResults: Bool = false, difficultConditions: Bool = false, participant500: Bool = true, years: [Int] = []) {
        self.lowResults = lowResults
        self.difficultConditions = difficultConditions
        self.participant500 = participant500
        self.years = years
    }

    enum CodingKeys: String, CodingKey { case lowResults, difficultConditions, participant500, years }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lowResults = try c.decodeIfPresent(Bool.self, forKey: .lowResults) ?? false
        difficultConditions = try c.decodeIfPresent(Bool.self, forKey: .difficultConditions) ?? false
        participant500 = try c.decodeIfPresent(Bool.self, forKey: .participant500) ?? true
        years = try c.decodeIfPresent([Int].self, forKey: .years) ?? []
    }
}
