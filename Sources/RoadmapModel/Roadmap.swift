/// Дорожная карта: one unit's plan of activities for a period.
public struct Roadmap: Hashable, Sendable {
    /// Whose roadmap this is.
    public var owner: Owner
    /// The document's title («План-график "дорожная карта" по оказанию адресной методической помощи …»).
    public var title: String
    /// The period the roadmap covers; undated months resolve inside it.
    public var period: Period
    /// Who issued it («Министерство образования Калининградской области»).
    public var issuer: String?
    /// The order (приказ / распоряжение) that approved it.
    public var order: OrderReference?
    /// The document the roadmap was imported from (file name only).
    public var source: String?
    /// Sections in document order, each holding its activities.
    public var sections: [RoadmapSection]
    /// Multi-year target indicators (целевые показатели), when the document has them.
    package var targets: [TargetIndicator]
    /// Other tables of the document (контрольные точки …), kept as they are.
    public var tables: [DocumentTable]
    /// Pieces of the source document the importer did not understand, kept verbatim.
    public var fragments: [String]

    package init(
        owner: Owner, title: String, period: Period, issuer: String? = nil, order: OrderReference? = nil,
        source: String? = nil, sections: [RoadmapSection] = [], targets: [TargetIndicator] = [],
        tables: [DocumentTable] = [], fragments: [String] = []
    ) {
        self.owner = owner
        self.title = title
        self.period = period
        self.issuer = issuer
        self.order = order
        self.source = source
        self.sections = sections
        self.targets = targets
        self.tables = tables
        self.fragments = fragments
    }

    /// All activities in document order.
    public var activities: [Activity] { sections.flatMap(\.activities) }

    /// The activity with an id, if any.
    public func activity(id: String) -> Activity? {
        for section in sections {
            if let a = section.activities.first(where: { $0.id == id }) { return a }
        }
        return nil
    }
}

/// A titled group of activities («Организационные мероприятия …»). The title may be empty.
public struct RoadmapSection: Hashable, Sendable, Codable {
    public var title: String
    public var activities: [Activity]

    public init(title: String, activities: [Activity] = []) {
        self.title = title
        self.activities = activities
    }

    enum CodingKeys: String, CodingKey { case title, activities }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        activities = try c.decodeIfPresent([Activity].self, forKey: .activities) ?? []
    }
}

/// Приказ / распоряжение: number and date as written («28/1», 13.01.2023).
public struct OrderReference: Hashable, Sendable, Codable {
    public var number: String
    public var date: LocalDate?

    public init(number: String, date: LocalDate? = nil) {
        self.number = number
        self.date = date
    }
}

/// A table of a document that is not the activity list, kept cell by cell.
public struct DocumentTable: Hashable, Sendable, Codable {
    public var title: String
    public var header: [String]
    public var rows: [[String]]

    public init(title: String, header: [String], rows: [[String]]) {
        self.title = title
        self.header = header
        self.rows = rows
    }
}

extension Roadmap: Codable {
    enum CodingKeys: String, CodingKey {
        case owner, title, period, issuer, order, source, sections, targets, tables, fragments
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        owner = try c.decode(Owner.self, forKey: .owner)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        period = try c.decode(Period.self, forKey: .period)
        issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
        order = try c.decodeIfPresent(OrderReference.self, forKey: .order)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        sections = try c.decodeIfPresent([RoadmapSection].self, forKey: .sections) ?? []
        targets = try c.decodeIfPresent([TargetIndicator].self, forKey: .targets) ?? []
        tables = try c.decodeIfPresent([DocumentTable].self, forKey: .tables) ?? []
        fragments = try c.decodeIfPresent([String].self, forKey: .fragments) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(owner, forKey: .owner)
        try c.encode(title, forKey: .title)
        try c.encode(period, forKey: .period)
        try c.encodeIfPresent(issuer, forKey: .issuer)
        try c.encodeIfPresent(order, forKey: .order)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(sections, forKey: .sections)
        if !targets.isEmpty { try c.encode(targets, forKey: .targets) }
        if !tables.isEmpty { try c.encode(tables, forKey: .tables) }
        if !fragments.isEmpty { try c.encode(fragments, forKey: .fragments) }
    }
}
