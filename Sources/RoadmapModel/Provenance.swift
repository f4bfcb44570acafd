/// Where a propagated value came from (TaskJuggler's provided / inherited distinction).
///
/// A skeleton activity records one origin per propagated field, so `explain` can print the chain
/// and regenerating a skeleton never overwrites a value set locally.
package struct ValueOrigin: Hashable, Sendable, Codable {
    package enum Kind: String, Hashable, Sendable, Codable {
        /// Set in this roadmap by its owner; never overwritten by regeneration.
        case local
        /// Copied from the linked higher activity.
        case inherited
        /// Inherited, then made stricter by an intermediate roadmap or a lead time.
        case tightened
    }

    package var kind: Kind
    /// The higher activities the value comes from, nearest last (e.g. `region:5`, `municipality:2.1`).
    package var from: [ActivityLink]
    /// Lead time subtracted from the inherited deadline, in days.
    package var leadDays: Int?
    /// A human explanation, e.g. «ужесточено муниципальным пунктом 2.1».
    package var note: String?
    /// The value as generated (documents joined by a line break). When the activity's field no
    /// longer equals it, the field was edited locally and regeneration keeps it.
    package var value: String?

    package init(kind: Kind, from: [ActivityLink] = [], leadDays: Int? = nil, note: String? = nil, value: String? = nil) {
        self.kind = kind
        self.from = from
        self.leadDays = leadDays
        self.note = note
        self.value = value
    }

    package static let local = ValueOrigin(kind: .local)

    enum CodingKeys: String, CodingKey { case kind, from, leadDays, note, value }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        from = try c.decodeIfPresent([ActivityLink].self, forKey: .from) ?? []
        leadDays = try c.decodeIfPresent(Int.self, forKey: .leadDays)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        value = try c.decodeIfPresent(String.self, forKey: .value)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        if !from.isEmpty { try c.encode(from, forKey: .from) }
        try c.encodeIfPresent(leadDays, forKey: .leadDays)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(value, forKey: .value)
    }
}

/// Origins of an activity's propagated fields. A field without an origin was set locally.
package struct Provenance: Hashable, Sendable, Codable {
    package var schedule: ValueOrigin?
    package var documents: ValueOrigin?
    package var executors: ValueOrigin?
    package var indicator: ValueOrigin?
    package var title: ValueOrigin?

    package init(
        schedule: ValueOrigin? = nil, documents: ValueOrigin? = nil, executors: ValueOrigin? = nil,
        indicator: ValueOrigin? = nil, title: ValueOrigin? = nil
    ) {
        self.schedule = schedule
        self.documents = documents
        self.executors = executors
        self.indicator = indicator
        self.title = title
    }

    package var isEmpty: Bool {
        schedule == nil && documents == nil && executors == nil && indicator == nil && title == nil
    }
}
