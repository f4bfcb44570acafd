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
            case .documents: a.documents.joined(separator: "\n")
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

    static func merge(generated: Roadmap, existing: Roadmap, progressActivities: Set<String>, school: SchoolID)
        -> SkeletonResult
    {
        var result = SkeletonResult(school: school, roadmap: generated)
        let parser = ScheduleParser(period: generated.period)
        var old: [String: Activity] = [:]
        for activity in existing.activities where activity.origin == .skeleton && old[activity.id] == nil {
            old[activity.id] = activity
        }
        var roadmap = generated
        var generatedIDs: Set<String> = []
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices {
                let fresh = roadmap.sections[s].activities[a]
                generatedIDs.insert(fresh.id)
                guard let previous = old[fresh.id] else { continue }
                let merged = mergeActivity(fresh: fresh, previous: previous, parser: parser, into: &result)
                roadmap.sections[s].activities[a] = merged
            }
        }
        // Activities the school wrote, and generated ones still referred to, keep their place.
        var placed = generatedIDs
        for section in existing.sections {
            var anchor: String?
            for activity in section.activities {
                defer { if placed.contains(activity.id) { anchor = activity.id } }
                if generatedIDs.contains(activity.id) && activity.origin == .skeleton { continue }
                if activity.origin == .skeleton && !progressActivities.contains(activity.id)
                    && !hasLocalValues(activity)
                {
                    result.removedActivities.append(activity.id)
                    continue
                }
                guard !placed.contains(activity.id) else { continue }
                insert(activity, after: anchor, inSection: section.title, of: &roadmap)
                placed.insert(activity.id)
                result.keptActivities.append(activity.id)
            }
        }
        roadmap.title = existing.title.isEmpty ? generated.title : existing.title
        roadmap.issuer = existing.issuer ?? generated.issuer
        roadmap.order = existing.order
        roadmap.source = existing.source
        roadmap.targets = existing.targets
        roadmap.tables = existing.tables
        roadmap.fragments = existing.fragments
        SkeletonBuilder.renumber(&roadmap)
        result.roadmap = roadmap
        return result
    }

    static func mergeActivity(
        fresh: Activity, previous: Activity, parser: ScheduleParser, into result: inout SkeletonResult
    ) -> Activity {
        var merged = fresh
        var provenance = fresh.provenance ?? Provenance()
        for field in Field.allCases where isLocal(field, previous, fresh: fresh) {
            field.set(&merged, from: previous)
            let before = field.origin(previous.provenance)
            field.setOrigin(
                &provenance, before?.kind == .local ? before : ValueOrigin(kind: .local, note: "изменено школой"))
            result.keptValues.append("\(fresh.id).\(field.rawValue)")
            if field == .schedule, let required = parser.parse(fresh.schedule).finalDeadline,
                let local = parser.parse(previous.schedule).finalDeadline, required < local
            {
                result.conflicts.append(
                    SkeletonConflict(
                        school: result.school, activity: fresh.id, local: previous.schedule, inherited: fresh.schedule))
            }
        }
        merged.provenance = provenance
        merged.implements = fresh.implements + previous.implements.filter { !fresh.implements.contains($0) }
        merged.extraColumns = previous.extraColumns
        merged.responsibleSchools = previous.responsibleSchools
        return merged
    }

    /// Whether a generated field was set locally: its origin says so, it has none, or the value
    /// differs from the one recorded when it was generated. A value without an origin that equals
    /// the newly generated one is taken over with the new origin (nothing is lost).
    static func isLocal(_ field: Field, _ activity: Activity, fresh: Activity? = nil) -> Bool {
        guard let origin = field.origin(activity.provenance) else {
            return fresh.map { field.value($0) != field.value(activity) } ?? true
        }
        if origin.kind == .local { return true }
        if let generated = origin.value { return generated != field.value(activity) }
        return false
    }

    static func hasLocalValues(_ activity: Activity) -> Bool {
        Field.allCases.contains { isLocal($0, activity) }
    }

    static func insert(_ activity: Activity, after anchor: String?, inSection title: String, of roadmap: inout Roadmap) {
        guard let s = roadmap.sections.firstIndex(where: { $0.title == title }) else {
            roadmap.sections.append(RoadmapSection(title: title, activities: [activity]))
            return
        }
        guard let anchor else {
            roadmap.sections[s].activities.insert(activity, at: 0)
            return
        }
        if let i = roadmap.sections[s].activities.firstIndex(where: { $0.id == anchor }) {
            roadmap.sections[s].activities.insert(activity, at: i + 1)
        } else {
            roadmap.sections[s].activities.append(activity)
        }
    }
}
