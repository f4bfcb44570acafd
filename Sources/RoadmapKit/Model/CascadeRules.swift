/// The data that decides who owes what and how deadlines travel down (overridable per workspace).
///
/// The defaults encode the 500+ practice; `workspace.json` may replace any part. The cascade
/// engine reads these; nothing about the vocabulary is hard-coded elsewhere.
public struct CascadeRules: Hashable, Sendable, Codable {
    /// Executor phrases and the level that carries an activity naming them.
    public var executors: [ExecutorRule]
    /// Days a lower level finishes before the higher deadline, per level (default 0).
    public var leadDays: [LeadTime]
    /// How a higher level's required document is named at a lower level.
    public var documents: [DocumentRule]
    /// The activity a school's skeleton gets for each of its chosen risk directions.
    public var riskActivity: RiskActivityTemplate

    public init(
        executors: [ExecutorRule], leadDays: [LeadTime] = [], documents: [DocumentRule] = [],
        riskActivity: RiskActivityTemplate = .programmeDefault
    ) {
        self.executors = executors
        self.leadDays = leadDays
        self.documents = documents
        self.riskActivity = riskActivity
    }

    /// Lead time in days for a level (0 when not configured).
    public func leadDays(for level: Level) -> Int {
        leadDays.first(where: { $0.level == level })?.days ?? 0
    }

    enum CodingKeys: String, CodingKey { case executors, leadDays, documents, riskActivity }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = CascadeRules.programmeDefaults
        executors = try c.decodeIfPresent([ExecutorRule].self, forKey: .executors) ?? defaults.executors
        leadDays = try c.decodeIfPresent([LeadTime].self, forKey: .leadDays) ?? defaults.leadDays
        documents = try c.decodeIfPresent([DocumentRule].self, forKey: .documents) ?? defaults.documents
        riskActivity =
            try c.decodeIfPresent(RiskActivityTemplate.self, forKey: .riskActivity) ?? defaults.riskActivity
    }

    /// Writes `riskActivity` only when it differs from the default, so files written before it
    /// existed round-trip unchanged.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(executors, forKey: .executors)
        try c.encode(leadDays, forKey: .leadDays)
        try c.encode(documents, forKey: .documents)
        if riskActivity != .programmeDefault { try c.encode(riskActivity, forKey: .riskActivity) }
    }

    /// The 500+ defaults.
    public static let programmeDefaults = CascadeRules(
        executors: [
            ExecutorRule(phrase: "Руководители школ", role: .school),
            ExecutorRule(phrase: "Руководитель школы", role: .school),
            ExecutorRule(phrase: "Руководители ОО", role: .school),
            ExecutorRule(phrase: "Руководитель ОО", role: .school),
            ExecutorRule(phrase: "Учителя школ", role: .school),
            ExecutorRule(phrase: "Школы участники проекта", role: .school),
            ExecutorRule(phrase: "ОО", role: .school),
            ExecutorRule(phrase: "Муниципальные координаторы", role: .municipality),
            ExecutorRule(phrase: "Муниципальный координатор", role: .municipality),
            ExecutorRule(phrase: "МОУО", role: .municipality),
            ExecutorRule(phrase: "Руководители МОУ", role: .municipality),
            ExecutorRule(phrase: "Отдел образования", role: .municipality),
            ExecutorRule(phrase: "Управление образования", role: .municipality),
            ExecutorRule(phrase: "Региональный координатор", role: .region),
            ExecutorRule(phrase: "КОИРО", role: .region),
            ExecutorRule(phrase: "Кафедра общего образования", role: .region),
            ExecutorRule(phrase: "Кафедра", role: .region),
            ExecutorRule(phrase: "ЦППМ", role: .institution),
            ExecutorRule(phrase: "ОЦДиК", role: .institution),
            ExecutorRule(phrase: "Детский технопарк «Кванториум»", role: .institution),
            ExecutorRule(phrase: "Детский технопарк", role: .institution),
            ExecutorRule(phrase: "ГБУ КО НОО «Центр развития одаренных детей»", role: .institution),
            ExecutorRule(phrase: "ГБУ КО НОО «Центр развития»", role: .institution),
            ExecutorRule(phrase: "ГБУ КО НОО", role: .institution),
            ExecutorRule(phrase: "ЦРОД", role: .institution),
        ],
        leadDays: [LeadTime(level: .municipality, days: 0), LeadTime(level: .school, days: 0)],
        documents: [
            DocumentRule(
                higher: "Программы развития общеобразовательных организаций", lower: "Программа развития ОО"),
            DocumentRule(higher: "Приказы о назначении ответственных", lower: "Приказ о назначении ответственного"),
            DocumentRule(higher: "Рисковые профили", lower: "Рисковый профиль ОО"),
        ]
    )
}

/// The role an executor phrase stands for.
public enum ExecutorRole: String, Hashable, Sendable, Codable {
    /// Regional coordinator, ministry, the institute and its departments: region only.
    case region
    /// Municipal coordinators and authorities (МОУО): every municipality owes the activity.
    case municipality
    /// School heads and staff: every participating school owes the activity.
    case school
    /// A named regional institution (ЦППМ, ОЦДиК, «Кванториум»): region only.
    case institution
}

/// «Руководители школ» → `.school`. Matching is case-insensitive on the phrase.
public struct ExecutorRule: Hashable, Sendable, Codable {
    public var phrase: String
    public var role: ExecutorRole
    /// How the role is named in a school's roadmap («Учителя ОО»); `nil` = «Руководитель ОО».
    /// Only meaningful for `.school` phrases.
    public var schoolRole: String?
    /// Whether the phrase only begins a name, so the words after it (up to the next known phrase, a
    /// comma or «и») belong to it: «Кафедра» + «общего образования», «Детский технопарк» + «Кванториум».
    /// `nil` = true for `.region` and `.institution` phrases, false otherwise.
    public var namePrefix: Bool?

    public init(phrase: String, role: ExecutorRole, schoolRole: String? = nil, namePrefix: Bool? = nil) {
        self.phrase = phrase
        self.role = role
        self.schoolRole = schoolRole
        self.namePrefix = namePrefix
    }

    /// `namePrefix` with its default applied.
    public var isNamePrefix: Bool { namePrefix ?? (role == .region || role == .institution) }
}

/// The anti-risk programme activity (антирисковая программа) a skeleton adds per chosen risk direction.
public struct RiskActivityTemplate: Hashable, Sendable, Codable {
    /// Title with `{direction}` standing for the risk direction.
    public var title: String
    /// The regional item the programme belongs to (default «5», the development programmes): the
    /// activity implements it and inherits its deadline. `nil` or an item the plan lacks = no link,
    /// and the deadline is `schedule` or the whole period.
    public var parent: String?
    /// Deadline text used when there is no parent item.
    public var schedule: String?
    /// Role responsible at the school.
    public var executors: String
    /// Required reporting documents.
    public var documents: [String]

    public init(title: String, parent: String? = nil, schedule: String? = nil, executors: String, documents: [String]) {
        self.title = title
        self.parent = parent
        self.schedule = schedule
        self.executors = executors
        self.documents = documents
    }

    /// «Разработка антирисковой программы по направлению «…»», under regional item 5, «Антирисковая программа».
    public static let programmeDefault = RiskActivityTemplate(
        title: "Разработка антирисковой программы по направлению «{direction}»", parent: "5", executors: "Руководитель ОО",
        documents: ["Антирисковая программа"])

    enum CodingKeys: String, CodingKey { case title, parent, schedule, executors, documents }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = RiskActivityTemplate.programmeDefault
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? d.title
        parent = c.contains(.parent) ? try c.decodeIfPresent(String.self, forKey: .parent) : d.parent
        schedule = try c.decodeIfPresent(String.self, forKey: .schedule)
        executors = try c.decodeIfPresent(String.self, forKey: .executors) ?? d.executors
        documents = try c.decodeIfPresent([String].self, forKey: .documents) ?? d.documents
    }

    /// The title for one direction.
    public func title(for direction: String) -> String {
        title.replacingOccurrences(of: "{direction}", with: direction)
    }
}

/// Days a level finishes before the deadline of the level above.
public struct LeadTime: Hashable, Sendable, Codable {
    public var level: Level
    public var days: Int

    public init(level: Level, days: Int) {
        self.level = level
        self.days = days
    }
}

/// A required document's name at the level below.
public struct DocumentRule: Hashable, Sendable, Codable {
    public var higher: String
    public var lower: String

    public init(higher: String, lower: String) {
        self.higher = higher
        self.lower = lower
    }
}
