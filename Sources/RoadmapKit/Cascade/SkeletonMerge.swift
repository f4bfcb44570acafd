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
    }

    /// - Parameter schedules: parses schedules for the conflict check (shared, so each phrasing is parsed once per run).
    static func merge(
        generated: consuming Roadmap, existing: Roadmap, progressActivities: Set<String>, school: SchoolID,
        schedules: ScheduleCache
    ) -> SkeletonResult {
        // `generated` is taken over, not copied: edits below happen in place.
        var roadmap = generated
        var result = SkeletonResult(school: school, roadmap: Roadmap(owner: roadmap.owner, title: "", period: roadmap.period))
        // The first generated activity of each id in the existing roadmap, by position (no copies).
        var old: [String: (section: Int, index: Int)] = [:]
        for (s, section) in existing.sections.enumerated() {
            for (a, activity) in section.activities.enumerated() where activity.origin == .skeleton {
                if old[activity.id] == nil { old[activity.id] = (s, a) }
            }
        }
        var generatedIDs: Set<String> = []
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices {
                let id = roadmap.sections[s].activities[a].id
                generatedIDs.insert(id)
                guard let (os, oa) = old[id] else { continue }
                mergeActivity(
                    &roadmap.sections[s].activities[a], previous: existing.sections[os].activities[oa],
                    period: roadmap.period, schedules: schedules, into: &result)
            }
        }
        // Activities the school wrote, and generated ones still referred to, keep their place.
        var placement = Placement(roadmap.sections)
        roadmap.sections = []
        var placed = generatedIDs
        for section in existing.sections {
            var anchor: String?
            for activity in section.activities {
                defer { if placed.contains(activity.id) { anchor = activity.id } }
                if activity.origin == .skeleton && generatedIDs.contains(activity.id) { continue }
                if activity.origin == .skeleton && !progressActivities.contains(activity.id)
                    && !hasLocalValues(activity)
                {
                    result.removedActivities.append(activity.id)
                    continue
                }
                guard !placed.contains(activity.id) else { continue }
                placement.insert(activity, after: anchor, inSection: section.title)
                placed.insert(activity.id)
                result.keptActivities.append(activity.id)
            }
        }
        roadmap.sections = placement.sections
        if !existing.title.isEmpty { roadmap.title = existing.title }
        if let issuer = existing.issuer { roadmap.issuer = issuer }
        roadmap.order = existing.order
        roadmap.source = existing.source
        roadmap.targets = existing.targets
        roadmap.tables = existing.tables
        roadmap.fragments = existing.fragments
        SkeletonBuilder.renumber(&roadmap)
        result.roadmap = roadmap
        return result
    }

    /// Merges the school's previous copy of a generated activity into the fresh one (in place).
    static func mergeActivity(
        _ merged: inout Activity, previous: Activity, period: Period, schedules: ScheduleCache,
        into result: inout SkeletonResult
    ) {
        // Provenance is read out of its box once per activity (each read copies five origins).
        let previousProvenance = previous.provenance
        let freshProvenance = merged.provenance
        var provenance = freshProvenance ?? Provenance()
        var kept = false
        for field in Field.allCases where isLocal(field, previous, provenance: previousProvenance, fresh: merged) {
            kept = true
            // A required deadline outside the period is the parent's own error (`validate` reports it
            // once as date-outside-period, at the parent), not a conflict with every school's value.
            if field == .schedule, let required = schedules.schedule(merged.schedule, period: period).finalDeadline,
                period.contains(required),
                let local = schedules.schedule(previous.schedule, period: period).finalDeadline, required < local
            {
                result.conflicts.append(
                    SkeletonConflict(
                        school: result.school, activity: merged.id, local: previous.schedule,
                        inherited: merged.schedule))
            }
            field.set(&merged, from: previous)
            let before = field.origin(previousProvenance)
            field.setOrigin(
                &provenance, before?.kind == .local ? before : ValueOrigin(kind: .local, note: "изменено школой"))
            result.keptValues.append("\(merged.id).\(field.rawValue)")
        }
        if kept || freshProvenance == nil { merged.provenance = provenance }
        if !previous.implements.isEmpty {
            let fresh = merged.implements
            merged.implements += previous.implements.filter { !fresh.contains($0) }
        }
        merged.extraColumns = previous.extraColumns
        merged.responsibleSchools = previous.responsibleSchools
    }

    /// Whether a generated field was set locally: its origin says so, it has none, or the value
    /// differs from the one recorded when it was generated. A value without an origin that equals
    /// the newly generated one is taken over with the new origin (nothing is lost).
    static func isLocal(_ field: Field, _ activity: Activity, provenance: Provenance?, fresh: Activity? = nil) -> Bool {
        guard let origin = field.origin(provenance) else {
            return fresh.map { field.value($0) != field.value(activity) } ?? true
        }
        if origin.kind == .local { return true }
        if let generated = origin.value { return generated != field.value(activity) }
        return false
    }

    static func hasLocalValues(_ activity: Activity) -> Bool {
        let provenance = activity.provenance
        return Field.allCases.contains { isLocal($0, activity, provenance: provenance) }
    }
}
