/// Статус исполнения мероприятия.
public enum ProgressStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Выполнено.
    case done
    /// В работе.
    case inProgress = "in-progress"
    /// Не начато.
    case notStarted = "not-started"
    /// Не применимо: the item does not apply to the unit (a reason is required, in `comment`); it
    /// leaves the numerator and the denominator and is listed per unit in every report.
    case notApplicable = "not-applicable"

    /// Reads the Russian and English words reports use («выполнено», «Выполнено частично» is not
    /// done, «в работе», «не начато», «done», «in progress»); `nil` for anything else.
    public init?(text: String) {
        let t = text.lowercased().filter { $0.isLetter || $0 == " " }
            .split(separator: " ").joined(separator: " ")
        switch t {
        case "выполнено", "выполнен", "выполнена", "исполнено", "done", "completed", "complete", "да", "yes":
            self = .done
        case "в работе", "в процессе", "выполняется", "частично", "выполнено частично", "in progress", "inprogress",
            "started", "in work":
            self = .inProgress
        case "не начато", "не выполнено", "нет", "not started", "notstarted", "no", "":
            self = .notStarted
        case "не применимо", "неприменимо", "не применяется", "не относится", "na", "not applicable", "notapplicable":
            self = .notApplicable
        default:
            return nil
        }
    }

    /// The Russian word for reports.
    public var russian: String {
        switch self {
        case .done: "выполнено"
        case .inProgress: "в работе"
        case .notStarted: "не начато"
        case .notApplicable: "не применимо"
        }
    }
}

/// One report about one activity (or one occurrence of a recurring activity).
public struct ProgressRecord: Hashable, Sendable {
    /// The activity's id in the owner's roadmap.
    public var activity: String
    /// For recurring activities: the deadline of the occurrence reported on; `nil` = the activity as a whole.
    public var occurrence: LocalDate?
    public var status: ProgressStatus
    /// Дата выполнения.
    public var completedOn: LocalDate?
    /// Evidence documents (приказ №…, ссылка на справку).
    public var evidence: [String]
    /// How many events or persons the report counts, for count indicators («Не менее 5 мероприятий», «50 чел.»).
    public var count: Int?
    public var comment: String?
    /// Who reported it.
    public var reportedBy: String?
    /// When it was reported; a later report supersedes an earlier one.
    public var reportedOn: LocalDate?

    public init(
        activity: String, occurrence: LocalDate? = nil, status: ProgressStatus, completedOn: LocalDate? = nil,
        evidence: [String] = [], count: Int? = nil, comment: String? = nil, reportedBy: String? = nil,
        reportedOn: LocalDate? = nil
    ) {
        self.activity = activity
        self.occurrence = occurrence
        self.status = status
        self.completedOn = completedOn
        self.evidence = evidence
        self.count = count
        self.comment = comment
        self.reportedBy = reportedBy
        self.reportedOn = reportedOn
    }
}

extension ProgressRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case activity, occurrence, status, completedOn, evidence, count, comment, reportedBy, reportedOn
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        activity = try c.decode(String.self, forKey: .activity)
        occurrence = try c.decodeIfPresent(LocalDate.self, forKey: .occurrence)
        status = try c.decode(ProgressStatus.self, forKey: .status)
        completedOn = try c.decodeIfPresent(LocalDate.self, forKey: .completedOn)
        evidence = try c.decodeIfPresent([String].self, forKey: .evidence) ?? []
        count = try c.decodeIfPresent(Int.self, forKey: .count)
        comment = try c.decodeIfPresent(String.self, forKey: .comment)
        reportedBy = try c.decodeIfPresent(String.self, forKey: .reportedBy)
        reportedOn = try c.decodeIfPresent(LocalDate.self, forKey: .reportedOn)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(activity, forKey: .activity)
        try c.encodeIfPresent(occurrence, forKey: .occurrence)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(completedOn, forKey: .completedOn)
        if !evidence.isEmpty { try c.encode(evidence, forKey: .evidence) }
        try c.encodeIfPresent(count, forKey: .count)
        try c.encodeIfPresent(comment, forKey: .comment)
        try c.encodeIfPresent(reportedBy, forKey: .reportedBy)
        try c.encodeIfPresent(reportedOn, forKey: .reportedOn)
    }
}

/// All progress reports of one unit, oldest first. Records are never deleted: a newer report for the
/// same activity and occurrence supersedes the older, which stays as history.
public struct ProgressLog: Hashable, Sendable, Codable {
    public var owner: Owner
    public var records: [ProgressRecord]

    public init(owner: Owner, records: [ProgressRecord] = []) {
        self.owner = owner
        self.records = records
    }

    /// The current record for each (activity, occurrence): the latest `reportedOn`, ties broken by file order.
    public func current() -> [ProgressKey: ProgressRecord] {
        var result: [ProgressKey: ProgressRecord] = [:]
        result.reserveCapacity(records.count)
        for record in records {
            let key = ProgressKey(activity: record.activity, occurrence: record.occurrence)
            if let existing = result[key], let old = existing.reportedOn, let new = record.reportedOn, new < old {
                continue
            }
            result[key] = record
        }
        return result
    }
}

/// Identifies what a progress record is about.
public struct ProgressKey: Hashable, Sendable {
    public var activity: String
    public var occurrence: LocalDate?

    public init(activity: String, occurrence: LocalDate? = nil) {
        self.activity = activity
        self.occurrence = occurrence
    }
}
