/// Муниципалитет (МОУО): a municipal district or urban okrug and its education authority.
public struct Municipality: Hashable, Sendable, Codable {
    public var id: MunicipalityID
    /// Official name, e.g. «Светлогорский городской округ».
    public var name: String
    /// Other spellings seen in documents and lists («Светлогорский ГО»), used to match names.
    public var aliases: [String]
    /// Муниципальный координатор, where known.
    public var coordinator: String?

    public init(id: MunicipalityID, name: String, aliases: [String] = [], coordinator: String? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.coordinator = coordinator
    }

    enum CodingKeys: String, CodingKey { case id, name, aliases, coordinator }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(MunicipalityID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        coordinator = try c.decodeIfPresent(String.self, forKey: .coordinator)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        try c.encodeIfPresent(coordinator, forKey: .coordinator)
    }
}
