/// The data that decides who owes what and how deadlines travel down (overridable per workspace).
///
/// The defaults encode the 500+ practice; `workspace.json` may replace any part. The cascade
/// engine reads these; nothing about the vocabulary is hard-coded elsewhere.
package struct CascadeRules: Hashable, Sendable, Codable {
    /// Executor phrases and the level that carries an activity naming them.
    package var executors: [ExecutorRule]
    /// Days a lower level finishes before the higher deadline, per level (default 0).
    package var leadDays: [LeadTime]
    /// How a higher level's required document is named at a lower level.
    package var documents: [DocumentRule]
    /// The activity a school's skeleton gets for each of its chosen risk directions.
    package var riskActivity: RiskActivityTemplate

    package init(
        executors: [ExecutorRule], leadDays: [LeadTime] = [], documents: [DocumentRule] = [],
        riskActivity: RiskActivityTemplate = .programmeDefault
    ) {
        self.executors = executors
        self.leadDays = leadDays
        self.documents = documents
        self.riskActivity = riskActivity
    }

    /// Lead time in days for a level (0 when not configured).
    package func leadDays(for level: Level) -> Int {
        leadDays.first(where: { $0.level == level })?.days ?? 0
    }

    enum CodingKeys: String, CodingKey { case executors, leadDays, documents, riskActivity }

    package init(from decoder: any Decoder) throws {
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
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(executors, forKey: .executors)
        try c.encode(leadDays, forKey: .leadDays)
        try c.encode(documents, forKey: .documents)
        if riskActivity != .programmeDefault { try c.encode(riskActivity, forKey: .riskActivity) }
    }

    /// The 500+ defaults: the programme's vocabulary across regions and, so that workspaces written
    /// before the vocabulary was split keep resolving as they did, the Kaliningrad institutions.
    /// A new region's workspace gets `newRegion` instead.
    package static let programmeDefaults = CascadeRules(
        executors: ExecutorVocabulary.programme + ExecutorVocabulary.kaliningradInstitutions,
        leadDays: [LeadTime(level: .municipality, days: 0), LeadTime(level: .school, days: 0)],
        documents: [
            DocumentRule(
                higher: "Программы развития общеобразовательных организаций", lower: "Программа развития ОО"),
            DocumentRule(higher: "Приказы о назначении ответственных", lower: "Приказ о назначении ответственного"),
            DocumentRule(higher: "Рисковые профили", lower: "Рисковый профиль ОО"),
        ]
    )

    /// What `init` writes for a region: the programme's vocabulary without any region's own
    /// institutions (those are added as data, one `rules.executors` line each).
    package static var newRegion: CascadeRules {
        var rules = programmeDefaults
        rules.executors = ExecutorVocabulary.programme
        return rules
    }
}

/// The role an executor phrase stands for.
package enum ExecutorRole: String, Hashable, Sendable, Codable {
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
package struct ExecutorRule: Hashable, Sendable, Codable {
    package var phrase: String
    package var role: ExecutorRole
    /// How the role is named in a school's roadmap («Учителя ОО»); `nil` = «Руководитель ОО».
    /// Only meaningful for `.school` phrases.
    package var schoolRole: String?
    /// Whether the phrase only begins a name, so the words after it (up to the next known phrase, a
    /// comma or «и») belong to it: «Кафедра» + «общего образования», «Детский технопарк» + «Кванториум».
    /// `nil` = true for `.region` and `.institution` phrases, false otherwise.
    package var namePrefix: Bool?
    /// Whether a one-word phrase also matches an upper-case abbreviation that begins or ends with
    /// it: «ИРО» matches «КОИРО», «ЛОИРО», «СКИРО»; «ЦНППМ» matches «ЦНППМПР». `nil` = false.
    package var acronymPart: Bool?

    package init(
        phrase: String, role: ExecutorRole, schoolRole: String? = nil, namePrefix: Bool? = nil, acronymPart: Bool? = nil
    ) {
        self.phrase = phrase
        self.role = role
        self.schoolRole = schoolRole
        self.namePrefix = namePrefix
        self.acronymPart = acronymPart
    }

    /// `namePrefix` with its default applied.
    package var isNamePrefix: Bool { namePrefix ?? (role == .region || role == .institution) }
}

/// The anti-risk programme activity (антирисковая программа) a skeleton adds per chosen risk direction.
package struct RiskActivityTemplate: Hashable, Sendable, Codable {
    /// Title with `{direction}` standing for the risk direction.
    package var title: String
    /// The regional item the programme belongs to: the activity implements it and inherits its
    /// deadline. `nil` (written `null`) or an item the plan lacks = no link, and the deadline is
    /// `schedule` or the whole period. Only read when `derivesParent` is false.
    package var parent: String?
    /// Whether `parent` was not written in `workspace.json`: then the item is found from the plan's
    /// content by `parentKeywords` (`ProgrammeItemFinder`), never from its number. `init` and
    /// `import --region` write the item found, so the file says which one it is.
    package var derivesParent: Bool
    /// Word beginnings that mark the plan item the programmes belong to, in its title or documents:
    /// «программ развити» (a phrase: consecutive words), «антирисков», «концепци».
    package var parentKeywords: [String]
    /// Deadline text used when there is no parent item.
    package var schedule: String?
    /// Role responsible at the school.
    package var executors: String
    /// Required reporting documents.
    package var documents: [String]

    package init(
        title: String, parent: String? = nil, derivesParent: Bool = false,
        parentKeywords: [String] = RiskActivityTemplate.defaultParentKeywords, schedule: String? = nil,
        executors: String, documents: [String]
    ) {
        self.title = title
        self.parent = parent
        self.derivesParent = derivesParent
        self.parentKeywords = parentKeywords
        self.schedule = schedule
        self.executors = executors
        self.documents = documents
    }

    /// The words that mark development and anti-risk programmes and concepts in any region's plan.
    package static let defaultParentKeywords = ["программ развити", "антирисков", "концепци"]

    /// «Разработка антирисковой программы по направлению «…»», under the plan item found by its
    /// content (development programmes), «Антирисковая программа».
    package static let programmeDefault = RiskActivityTemplate(
        title: "Разработка антирисковой программы по направлению «{direction}»", parent: nil, derivesParent: true,
        executors: "Руководитель ОО", documents: ["Антирисковая программа"])

    enum CodingKeys: String, CodingKey { case title, parent, parentKeywords, schedule, executors, documents }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = RiskActivityTemplate.programmeDefault
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? d.title
        derivesParent = !c.contains(.parent)
        parent = c.contains(.parent) ? try c.decodeIfPresent(String.self, forKey: .parent) : nil
        parentKeywords = try c.decodeIfPresent([String].self, forKey: .parentKeywords) ?? d.parentKeywords
        schedule = try c.decodeIfPresent(String.self, forKey: .schedule)
        executors = try c.decodeIfPresent(String.self, forKey: .executors) ?? d.executors
        documents = try c.decodeIfPresent([String].self, forKey: .documents) ?? d.documents
    }

    /// `parent` is written (`null` included) unless it is derived; the keywords only when changed.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        if !derivesParent {
            if let parent { try c.encode(parent, forKey: .parent) } else { try c.encodeNil(forKey: .parent) }
        }
        if parentKeywords != RiskActivityTemplate.defaultParentKeywords {
            try c.encode(parentKeywords, forKey: .parentKeywords)
        }
        try c.encodeIfPresent(schedule, forKey: .schedule)
        try c.encode(executors, forKey: .executors)
        try c.encode(documents, forKey: .documents)
    }

    /// The title for one direction.
    package func title(for direction: String) -> String {
        title.replacingOccurrences(of: "{direction}", with: direction)
    }
}

/// Days a level finishes before the deadline of the level above.
package struct LeadTime: Hashable, Sendable, Codable {
    package var level: Level
    package var days: Int

    package init(level: Level, days: Int) {
        self.level = level
        self.days = days
    }
}

/// A required document's name at the level below.
package struct DocumentRule: Hashable, Sendable, Codable {
    package var higher: String
    package var lower: String

    package init(higher: String, lower: String) {
        self.higher = higher
        self.lower = lower
    }
}
