/// Merges a freshly generated school skeleton with the school's current roadmap (see `SkeletonBuilder`).
enum SkeletonMerge {
    /// The generated fields of an activity, with their provenance slots.
    enum Field: String, CaseIterable {
        case title, schedule, executors, indicator, documents

        func value(_ a: Activity) -> String {
            switch self {
            case .title: a.title
            case .schedule: a.schedule
            case .executors: a.executors
            case .indicator: a.indicator ?? ""
            case .documents: a.documents.count == 1 ? a.documents[0] : a.documents.joined(separator: "\n")
            }
        }

        func set(_ a: inout Activity, from b: Activity) {
            switch self {
            case .title: a.title = b.title
            case .schedule: a.schedule = b.schedule
            case .executors: a.executors = b.executors
            case .indicator: a.indicator = b.indicator
            case .documents: a.documents = b.documents
            }
        }

        func origin(_ p: Provenance?) -> ValueOrigin? {
            switch self {
            case .title: p?.title
            case .schedule: p?.schedule
            case .executors: p?.executors
            case .indicator: p?.indicator
            case .documents: p?.documents
            }
        }

        func setOrigin(_ p: inout Provenance, _ o: ValueOrigin?) {
            switch self {
            case .title: p.title = o
            case .schedule: p.schedule = o
            case .executors: p.executors = o
            case .indicator: p.indicator = o
            case .documents: p.documents = o
            }
        }
        /// The kind of the origin recorded for this field, read in place.
        func kind(in p: Provenance) -> ValueOrigin.Kind? {
            switch self {
            case .title: p.title?.kind
            case .schedule: p.schedule?.kind
            case .executors: p.executors?.kind
            case .indicator: p.indicator?.kind
            case .documents: p.documents?.kind
            }
        }

        /// The value recorded as generated for this field.
        func generatedValue(in p: Provenance) -> String? {
            switch self {
            case .title: p.title?.value
            case .schedule: p.schedule?.value
            case .executors: p.executors?.value
            case .indicator: p.indicator?.value
            case .documents: p.documents?.value
            }
        }

        /// Whether the field of `a` has the text `text` (`value(a) == text`, without joining one document).
        func has(_ text: String, in a: Activity) -> Bool {
            switch self {
            case .title: SkeletonMerge.sameText(a.title, text)
            case .schedule: SkeletonMerge.sameText(a.schedule, text)
            case .executors: SkeletonMerge.sameText(a.executors, text)
            case .indicator: SkeletonMerge.sameText(a.indicator ?? "", text)
            case .documents:
                switch a.documents.count {
                case 0: text.isEmpty
                case 1: SkeletonMerge.sameText(a.documents[0], text)
                default: SkeletonMerge.sameText(a.documents.joined(separator: "\n"), text)
                }
            }
        }

        /// Whether the field has the same value in both (`value(a) == value(b)`).
        func same(_ a: Activity, _ b: Activity) -> Bool {
            switch self {
            case .title: SkeletonMerge.sameText(a.title, b.title)
            case .schedule: SkeletonMerge.sameText(a.schedule, b.schedule)
            case .executors: SkeletonMerge.sameText(a.executors, b.executors)
            case .indicator: SkeletonMerge.sameText(a.indicator ?? "", b.indicator ?? "")
            case .documents: SkeletonMerge.sameDocuments(a.documents, b.documents)
            }
        }

        /// `activity.field` as reported in `keptValues`.
        func path(_ id: String) -> String {
            switch self {
            case .title: id + ".title"
            case .schedule: id + ".schedule"
            case .executors: id + ".executors"
            case .indicator: id + ".indicator"
            case .documents: id + ".documents"
            }
        }
    }

    /// - Parameters:
    ///   - progress: the school's progress log, asked for only when a generated activity is no
    ///     longer owed (it then stays when a record refers to it): a bulk run reads the file only then.
    ///   - schedules: the final deadlines of schedule texts for the conflict check.
    ///   - answers: whether the school's own activity answers, on its dates, the item it implements
    ///     (`SkeletonBuilder.answers`); when none does, the item's copy stays (`SchoolCoverage`).
    ///
    /// Activities are read where they are (by index), and only those that move are copied: a copy
    /// of an `Activity` is a dozen retains, and 4,000 schools merge 300,000 of them.
    static func merge(
        generated: consuming Roadmap, existing: Roadmap, progress: () -> ProgressLog?, school: SchoolID,
        schedules: ScheduleIndex,
        answers: (_ link: ActivityLink, _ own: Activity, _ period: Period) -> Bool = { _, _, _ in true }
    ) -> SkeletonResult {
        // `generated` is taken over, not copied: edits below happen in place.
        var roadmap = generated
        var result = SkeletonResult(school: school, roadmap: Roadmap(owner: roadmap.owner, title: "", period: roadmap.period))
        // Items the school's own activities implement are not added again.
        // ... as long as their dates correspond to the item's; otherwise the item keeps its dates.
        let covered = SchoolCoverage.remove(coveredBy: SchoolCoverage.links(of: existing), from: &roadmap) { copy, own in
            guard let link = copy.implements.first, let activity = existing.activity(id: own) else { return true }
            return answers(link, activity, existing.period)
        }
        result.matchedActivities = covered.matched
        result.mismatchedActivities = covered.kept
        result.renamedActivities = keepSchoolIDs(&roadmap, existing: existing)
        // Every id the merge asks about, numbered on first sight and compared as `==` does
        // (`IDTable`, by the bytes; `Set<String>` hashed each id with SipHash three times over):
        // where the school's first generated copy stands, whether the skeleton generates it, and
        // whether it was placed.
        let existingCount = existing.sections.reduce(0) { $0 + $1.activities.count }
        var ids = IDTable(capacity: existingCount + 32)
        var entries: [IDEntry] = []
        entries.reserveCapacity(existingCount + 32)
        for s in existing.sections.indices {
            let activities = existing.sections[s].activities
            for a in activities.indices where activities[a].origin == .skeleton {
                let n = Int(ids.insert(activities[a].id).number)
                if n == entries.count { entries.append(IDEntry()) }
                if entries[n].oldSection < 0 { (entries[n].oldSection, entries[n].oldIndex) = (s, a) }
            }
        }
        let period = roadmap.period
        let existingSections = existing.sections.span
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices {
                let n = Int(ids.insert(roadmap.sections[s].activities[a].id).number)
                if n == entries.count { entries.append(IDEntry()) }
                entries[n].generated = true
                let (os, oa) = (entries[n].oldSection, entries[n].oldIndex)
                guard os >= 0 else { continue }
                // The previous copy is read in place (through spans): a subscript of nested arrays copies it.
                let previous = existingSections[os].activities.span
                mergeActivity(
                    &roadmap.sections[s].activities[a], previous: previous[oa], period: period, schedules: schedules,
                    into: &result)
            }
        }
        // Activities the school wrote, and generated ones still referred to, keep their place.
        var placement = Placement(roadmap.sections)
        roadmap.sections = []
        var recorded: Set<String>?
        for section in existing.sections {
            var anchor: String?
            let activities = section.activities.span
            for a in activities.indices {
                let id = activities[a].id
                let n = Int(ids.insert(id).number)
                if n == entries.count { entries.append(IDEntry()) }
                if activities[a].origin == .skeleton {
                    if entries[n].generated {
                        anchor = id
                        continue
                    }
                    if recorded == nil { recorded = Set(progress()?.records.map(\.activity) ?? []) }
                    if !recorded!.contains(id) && !hasLocalValues(activities[a]) {
                        result.removedActivities.append(id)
                        if entries[n].kept { anchor = id }
                        continue
                    }
                }
                if !entries[n].generated && !entries[n].kept {
                    entries[n].kept = true
                    placement.insert(activities[a], after: anchor, inSection: section.title)
                    result.keptActivities.append(id)
                }
                anchor = id
            }
        }
        roadmap.sections = placement.take()
        if !existing.title.isEmpty { roadmap.title = existing.title }
        if let issuer = existing.issuer { roadmap.issuer = issuer }
        roadmap.order = existing.order
        roadmap.source = existing.source
        roadmap.targets = existing.targets
        roadmap.tables = existing.tables
        roadmap.fragments = existing.fragments
        // The school's own numbering («1.1») is kept as written.
        let written = existing.sections.contains { $0.activities.contains { $0.origin == .document } }
        SkeletonBuilder.renumber(&roadmap, keepingWritten: written)
        for section in roadmap.sections {
            for activity in section.activities where activity.origin == .skeleton {
                let n = Int(ids.insert(activity.id).number)
                if n < entries.count, entries[n].oldSection >= 0 { continue }
                result.addedActivities.append(activity.id)
            }
        }
        result.roadmap = roadmap
        return result
    }

    /// What the merge knows about one id (see `merge`).
    struct IDEntry {
        /// Where the first generated activity with the id stands in the existing roadmap (-1: none).
        var oldSection = -1
        var oldIndex = -1
        /// Whether the new skeleton generates it.
        var generated = false
        /// Whether an activity with the id was kept (placed) already.
        var kept = false
    }

    /// The origin a field the school changed gets when it had none of its own.
    static let changedBySchool = ValueOrigin(kind: .local, note: "изменено школой")

    /// The generated fields in the order they are merged and reported.
    static let fields: [Field] = [.title, .schedule, .executors, .indicator, .documents]

    /// Merges the school's previous copy of a generated activity into the fresh one (in place).
    static func mergeActivity(
        _ merged: inout Activity, previous: Activity, period: Period, schedules: ScheduleIndex,
        into result: inout SkeletonResult
    ) {
        // Provenances are read in their boxes; the merged one is made once, only when a field is kept.
        let previousBox = previous.provenanceStorage
        // Which fields the school set (one bit per field of `fields`). Each field is decided by its
        // own values, so deciding all before keeping any changes nothing.
        var local: UInt8 = 0
        for (bit, field) in fields.enumerated() where isLocal(field, previous, provenance: previousBox, fresh: merged) {
            local |= 1 << bit
        }
        guard local != 0 else {
            if merged.provenanceStorage == nil { merged.provenance = Provenance() }
            mergeLinks(&merged, previous: previous)
            return
        }
        var provenance = merged.provenance ?? Provenance()
        for (bit, field) in fields.enumerated() where local & (1 << bit) != 0 {
            // A required deadline outside the period is the parent's own error (`validate` reports it
            // once as date-outside-period, at the parent), not a conflict with every school's value.
            if field == .schedule, let required = schedules.finalDeadline(merged.schedule, period: period),
                period.contains(required),
                let local = schedules.finalDeadline(previous.schedule, period: period), required < local
            {
                result.conflicts.append(
                    SkeletonConflict(
                        school: result.school, activity: merged.id, local: previous.schedule,
                        inherited: merged.schedule))
            }
            field.set(&merged, from: previous)
            let before = previousBox.flatMap { field.kind(in: $0.value) == .local ? field.origin($0.value) : nil }
            field.setOrigin(&provenance, before ?? changedBySchool)
            result.keptValues.append(field.path(merged.id))
        }
        merged.provenance = consume provenance
        mergeLinks(&merged, previous: previous)
    }

    /// The previous copy's further links, columns and named schools, which the skeleton never sets.
    static func mergeLinks(_ merged: inout Activity, previous: Activity) {
        if !previous.implements.isEmpty {
            // Appended only when there is something to add: appending nothing still copies the
            // array, which the fresh activity shares with its template.
            let added = previous.implements.filter { !merged.implements.contains($0) }
            if !added.isEmpty { merged.implements += added }
        }
        merged.extraColumns = previous.extraColumns
        merged.responsibleSchools = previous.responsibleSchools
    }

    /// Whether a generated field was set locally: its origin says so, or the value differs from the
    /// one recorded when it was generated. A value without an origin is compared with the newly
    /// generated one (`fresh`): when equal it is taken over with the new origin (nothing is lost).
    static func isLocal(_ field: Field, _ activity: Activity, provenance box: ProvenanceBox?, fresh: borrowing Activity) -> Bool {
        guard let box, let kind = field.kind(in: box.value) else { return !field.same(fresh, activity) }
        if kind == .local { return true }
        if let generated = field.generatedValue(in: box.value) { return !field.has(generated, in: activity) }
        return false
    }

    /// `isLocal(_:_:provenance:fresh:)` without a fresh copy: a value without an origin is local.
    static func isLocal(_ field: Field, _ activity: Activity, provenance box: ProvenanceBox?) -> Bool {
        guard let box, let kind = field.kind(in: box.value) else { return true }
        if kind == .local { return true }
        if let generated = field.generatedValue(in: box.value) { return !field.has(generated, in: activity) }
        return false
    }

    static func hasLocalValues(_ activity: Activity) -> Bool {
        let box = activity.provenanceStorage
        return fields.contains { isLocal($0, activity, provenance: box) }
    }
}
