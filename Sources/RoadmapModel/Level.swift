/// The three tiers of the 500+ hierarchy.
public enum Level: String, Codable, Sendable, CaseIterable, Comparable {
    /// Регион: ministry, regional coordinator, the institute (КОИРО) and named institutions.
    case region
    /// Муниципалитет: municipal education authority (МОУО) and municipal coordinators.
    case municipality
    /// Школа (ОО): a participating school.
    case school

    package var depth: Int {
        switch self {
        case .region: 0
        case .municipality: 1
        case .school: 2
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.depth < rhs.depth }
}

/// Who owns a roadmap or a progress file: the region, one municipality or one school.
public enum Owner: Hashable, Sendable {
    case region
    case municipality(MunicipalityID)
    case school(SchoolID)

    public var level: Level {
        switch self {
        case .region: .region
        case .municipality: .municipality
        case .school: .school
        }
    }

    /// The unit's id, or `nil` for the region (there is one region per workspace).
    public var unitID: String? {
        switch self {
        case .region: nil
        case .municipality(let id): id.rawValue
        case .school(let id): id.rawValue
        }
    }
}

extension Owner: Codable {
    enum CodingKeys: String, CodingKey { case level, id }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let level = try c.decode(Level.self, forKey: .level)
        switch level {
        case .region: self = .region
        case .municipality: self = .municipality(try c.decode(MunicipalityID.self, forKey: .id))
        case .school: self = .school(try c.decode(SchoolID.self, forKey: .id))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        try c.encodeIfPresent(unitID, forKey: .id)
    }
}

extension Owner: CustomStringConvertible {
    public var description: String {
        switch self {
        case .region: "region"
        case .municipality(let id): "municipality:\(id)"
        case .school(let id): "school:\(id)"
        }
    }
}
