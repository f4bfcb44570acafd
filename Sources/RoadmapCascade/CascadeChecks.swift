/// Validation of the cascade: who owes what is carried, deadlines and documents agree with the
/// parents, executors are known. Runs as one of `Validator.checks`.
package enum CascadeChecks {
    /// An activity with its place in its roadmap file.
    struct Place {
        var file: String
        var section: Int
        var index: Int
        var activity: Activity

        /// `sections[s].activity`, built only for a finding.
        var location: String { "sections[\(section)].activities[\(index)]" }
    }

    package static let check: @Sendable (Workspace, ScheduleIndex) -> [Finding] = { workspace, schedules in
        guard let engine = try? CascadeEngine(workspace: workspace, schedules: schedules) else { return [] }
        let context = CascadeCheckContext(engine: engine)
        var findings: [Finding] = []
        findings += ruleFindings(context.engine)
        findings += unknownExecutors(context)
        findings += missingActivities(context)
        findings += linkFindings(context, schedules: schedules)
        return findings
    }

    static func file(_ roadmap: Roadmap) -> String { file(roadmap.owner) }

    static func file(_ owner: Owner) -> String {
        (try? WorkspaceLayout.roadmapPath(owner)) ?? owner.description
    }

    // MARK: unknown-executor

    static func unknownExecutors(_ context: CascadeCheckContext) -> [Finding] {
        let workspace = context.engine.workspace
        var findings: [Finding] = []
        // The regional plan's executors as the engine resolved them (rules only), the municipal
        // roadmaps' with their schools' names known: in document order, like the activities.
        var roadmaps: [(Roadmap, [ResolvedActivity])] = []
        if let plan = workspace.regionalPlan { roadmaps.append((plan, context.engine.regional)) }
        for (id, roadmap) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) {
            roadmaps.append((roadmap, context.municipal[id]?.items ?? []))
        }
        for (roadmap, items) in roadmaps {
            let file = file(roadmap)
            var k = 0
            for (s, section) in roadmap.sections.enumerated() {
                for (a, activity) in section.activities.enumerated() {
                    defer { k += 1 }
                    let unknown = items[k].executors.unknown
                    guard !unknown.isEmpty else { continue }
                    let place = Place(file: file, section: s, index: a, activity: activity)
                    findings.append(unknownExecutor(place, words: unknown))
                }
            }
        }
        return findings
    }

    static func unknownExecutor(_ place: Place, words unknown: [String]) -> Finding {
        let words = unknown.map { "«\($0)»" }.joined(separator: ", ")
        // The line that teaches each wording, with the document's level as the suggested role.
        let role: ExecutorRole = place.file.hasPrefix("roadmaps/municipalities/") ? .municipality : .institution
        let lines = unknown.map { UnknownWording(phrase: $0, items: [place.activity.id], role: role).line }
            .joined(separator: ", ")
        return Finding(
            .warning, .unknownExecutor, file: place.file, location: place.location + ".executors",
            ru:
                "пункт \(place.activity.label): \(RussianPlural.listed(unknown.count, singular: "исполнитель \(words) не известен", plural: "исполнители \(words) не известны")) правилам каскада (rules.executors); уровень по \(RussianPlural.listed(unknown.count, singular: "нему", plural: "ним")) не определён; чтобы учесть, добавьте в rules.executors: \(lines)",
            en:
                "item \(place.activity.label): \(RussianPlural.listed(unknown.count, singular: "executor \(words) is", plural: "executors \(words) are")) not in the cascade rules (rules.executors); no level derived from \(RussianPlural.listed(unknown.count, singular: "it", plural: "them")); to teach \(RussianPlural.listed(unknown.count, singular: "it", plural: "them")), add to rules.executors: \(lines)"
        )
    }

    // MARK: missing-activity

    static func missingActivities(_ context: CascadeCheckContext) -> [Finding] {
        let engine = context.engine
        let workspace = engine.workspace
        var findings: [Finding] = []
        for (id, roadmap) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) {
            let implemented = Set(roadmap.activities.flatMap(\.implements))
            let file = (try? WorkspaceLayout.roadmapPath(.municipality(id))) ?? id.rawValue
            for item in engine.regional where item.executors.owedByMunicipalities {
                guard !implemented.contains(item.link) else { continue }
                findings.append(missing(item, file: file, unit: "муниципалитета «\(id)»", unitEN: "municipality \(id)"))
            }
        }
        // Each worker reuses one set of links from school to school (its storage kept).
        let perSchool = ParallelMap.map(context.schoolRoadmaps, state: { IDTable(capacity: 128) }) {
            implemented, school in
            missingActivities(
                school.roadmap, of: school.id, municipal: context.municipal[school.municipality], context,
                implemented: &implemented)
        }
        return findings + perSchool.joined()
    }

    /// The regional and municipal items one school owes but its roadmap does not implement;
    /// `implemented` is scratch space (emptied, its storage kept).
    static func missingActivities(
        _ roadmap: Roadmap, of id: SchoolID, municipal: CascadeCheckContext.Municipal?, _ context: CascadeCheckContext,
        implemented: inout IDTable
    ) -> [Finding] {
        var findings: [Finding] = []
        implemented.removeAll()
        for section in roadmap.sections {
            let activities = section.activities.span
            for a in activities.indices {
                for link in activities[a].implements { implemented.insert(link) }
            }
        }
        // Implementing a municipal item implements what that item implements.
        for item in municipal?.links ?? [] where implemented.contains(item.link) {
            for link in item.implements { implemented.insert(link) }
        }
        // Items a school-type rule of workspace.json leaves out for this school are not owed.
        let types =
            context.engine.workspace.school(id).map { school in
                context.engine.workspace.settings.schoolTypes.filter { $0.matches(schoolName: school.name) }
            } ?? []
        for owed in [context.regionalOwedBySchools, municipal?.owedBySchools ?? []] {
            for i in owed.indices where !implemented.contains(owed[i].link) && owed[i].covers(id) {
                if !types.isEmpty && types.contains(where: { $0.excludes(title: owed[i].item.activity.title) }) { continue }
                let file = (try? WorkspaceLayout.roadmapPath(.school(id))) ?? id.rawValue
                findings.append(missing(owed[i].item, file: file, unit: "школы «\(id)»", unitEN: "school \(id)"))
            }
        }
        return findings
    }

    static func missing(_ item: ResolvedActivity, file: String, unit: String, unitEN: String) -> Finding {
        let level = item.link.level == .region ? "регионального плана" : "муниципальной дорожной карты"
        let levelEN = item.link.level == .region ? "regional plan" : "municipal roadmap"
        return Finding(
            .warning, .missingActivity, file: file, location: "sections",
            ru:
                "пункт \(item.activity.id) \(level) («\(item.activity.title)», исполнители «\(item.activity.executors)») не реализован в дорожной карте \(unit): нет мероприятия со ссылкой \(item.link)",
            en:
                "item \(item.activity.id) of the \(levelEN) (“\(item.activity.title)”, executors “\(item.activity.executors)”) is not implemented in the roadmap of \(unitEN): no activity links to \(item.link)"
        )
    }

    // MARK: deadline-after-parent, document-mismatch

    static func linkFindings(_ context: CascadeCheckContext, schedules index: ScheduleIndex) -> [Finding] {
        let workspace = context.engine.workspace
        var lower: [(Roadmap, MunicipalityID, Owner)] = []
        for (id, roadmap) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) {
            lower.append((roadmap, id, .municipality(id)))
        }
        for school in context.schoolRoadmaps { lower.append((school.roadmap, school.municipality, .school(school.id))) }
        return ParallelMap.flatMap(lower, state: {}) { _, lower -> [Finding] in
            let municipal = context.municipal[lower.1]
            if let entries = index.entries(of: lower.2, in: lower.0) {
                return linkFindings(lower.0, municipal: municipal, context) { position, _ in
                    index.occurrences[Int(entries[position])]
                }
            }
            return linkFindings(lower.0, municipal: municipal, context) { _, text in
                index.occurrences(text, period: lower.0.period)
            }
        }
    }

    /// Deadline and document findings of one lower roadmap against the items its activities implement;
    /// `occurrences` gives the occurrences of the activity at a position (in section order) with the
    /// given schedule text.
    static func linkFindings(
        _ roadmap: Roadmap, municipal: CascadeCheckContext.Municipal?, _ context: CascadeCheckContext,
        occurrences: (Int, String) -> [Occurrence]
    ) -> [Finding] {
        let rules = context.engine.rules
        let owner = roadmap.owner
        let level = owner.level
        var findings: [Finding] = []
        var start = 0
        for (s, section) in roadmap.sections.enumerated() {
            defer { start += section.activities.count }
            // Activities are read in place; one is copied into a `Place` only for a finding.
            let activities = section.activities.span
            for a in activities.indices where !activities[a].implements.isEmpty {
                for link in activities[a].implements {
                    let parent: CascadeCheckContext.Parent?
                    switch link.level {
                    case .region: parent = context.regionalByID[link.activity]
                    case .municipality where level == .school: parent = municipal?.byID[link.activity]
                    default: parent = nil
                    }
                    guard let parent else { continue }  // unknown-link is reported by LinkChecks
                    // The file name, too, is worked out only for a finding (from the owner: a
                    // closure capturing the roadmap would copy it per link).
                    let place = { Place(file: file(owner), section: s, index: a, activity: section.activities[a]) }
                    if let f = mismatchFinding(
                        parent: parent, level: level, lowerPeriod: roadmap.period,
                        own: occurrences(start + a, activities[a].schedule),
                        rules: rules, checkpoints: context.engine.checkpointDates, place: place)
                    {
                        findings.append(f)
                    }
                    if let deadline = parent.deadline {
                        let own = occurrences(start + a, activities[a].schedule)
                        if let f = deadlineFinding(
                            parent: parent, deadline: deadline, level: level, own: own, rules: rules, place: place)
                        {
                            findings.append(f)
                        }
                    }
                    if let f = documentFinding(
                        documents: activities[a].documents, origin: activities[a].provenanceStorage?.value.documents,
                        parent: parent, place: place)
                    {
                        findings.append(f)
                    }
                }
            }
        }
        return findings
    }

    /// The finding when the lower activity's deadline is later than `parent`'s (less the lead
    /// times). `parent` is passed as the shared reference: its fields are read in place, and the
    /// item is only copied into text when there is a finding.
    static func deadlineFinding(
        parent: CascadeCheckContext.Parent, deadline parentDeadline: LocalDate, level: Level,
        own occurrences: [Occurrence], rules: CascadeRules, place: () -> Place
    ) -> Finding? {
        // Only the lower activity's occurrences inside the parent's period are compared (a 2022–2024
        // roadmap's «До 31 мая ежегодно» against a 2023 plan compares 31.05.2023).
        let period = parent.item.period
        guard let own = occurrences.last(where: { period.contains($0.end) })?.end else { return nil }
        let parentLevel = parent.item.link.level
        var lead = 0
        for l in Level.allCases where l > parentLevel && l <= level { lead += rules.leadDays(for: l) }
        let latest = parentDeadline.adding(days: -lead)
        guard own > latest else { return nil }
        let place = place()
        let leadText = lead == 0 ? "" : " с учётом опережения \(lead) дн."
        let leadTextEN = lead == 0 ? "" : " after a lead time of \(lead) days"
        return Finding(
            .error, .deadlineAfterParent, file: place.file, location: place.location + ".schedule",
            ru:
                "пункт \(place.activity.label): срок \(own.russianString) («\(place.activity.schedule)») позже срока \(parent.item.link) — \(latest.russianString)\(leadText) («\(parent.item.activity.schedule)»)",
            en:
                "item \(place.activity.label): deadline \(own.russianString) (“\(place.activity.schedule)”) is later than \(parent.item.link)'s \(latest.russianString)\(leadTextEN) (“\(parent.item.activity.schedule)”)"
        )
    }

    /// The finding when the lower activity, with `documents` and where they came from (`origin`),
    /// lacks a document `parent` requires. Only those fields are read (a copy of the activity per
    /// link is a dozen retains); the activity is copied into `place` only for a finding.
    static func documentFinding(
        documents present: [String], origin: ValueOrigin?, parent: CascadeCheckContext.Parent, place: () -> Place
    ) -> Finding? {
        // Documents generated from somewhere else (the anti-risk programme rule) are not the parent's.
        // (Read in the provenance's box: the `provenance` getter copies all five origins.)
        if let origin, origin.kind != .local,
            !origin.from.contains(parent.item.link)
        {
            return nil
        }
        // Either the lower level's name for the document or the parent's own name will do.
        let expected = parent.documents
        // Exact names first (the same bytes, else `==`), the normalising comparison only when they differ.
        func has(_ name: String) -> Bool { present.contains { $0.hasSameUTF8(as: name) } || present.contains(name) }
        if expected.allSatisfy({ lower, higher in has(lower) || has(higher) }) { return nil }
        let missing = expected.filter { lower, higher in
            !present.contains { CascadeRules.sameDocument($0, lower) || CascadeRules.sameDocument($0, higher) }
        }.map(\.0)
        guard !missing.isEmpty else { return nil }
        let place = place()
        let want = missing.map { "«\($0)»" }.joined(separator: ", ")
        let have =
            place.activity.documents.isEmpty ? "нет документов" : place.activity.documents.map { "«\($0)»" }.joined(separator: ", ")
        let haveEN =
            place.activity.documents.isEmpty ? "none" : place.activity.documents.map { "“\($0)”" }.joined(separator: ", ")
        let link = parent.item.link
        return Finding(
            .warning, .documentMismatch, file: place.file, location: place.location + ".documents",
            ru: "пункт \(place.activity.label): \(link) требует документ \(want), указано: \(have)",
            en: "item \(place.activity.label): \(link) requires \(want), found: \(haveEN)")
    }
}
