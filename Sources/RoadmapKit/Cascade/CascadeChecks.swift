/// Validation of the cascade: who owes what is carried, deadlines and documents agree with the
/// parents, executors are known. Runs as one of `Validator.checks`.
public enum CascadeChecks {
    /// An activity with its place in its roadmap file.
    struct Place {
        var file: String
        var section: Int
        var index: Int
        var activity: Activity

        /// `sections[s].activities[a]`, built only for a finding.
        var location: String { "sections[\(section)].activities[\(index)]" }
    }

    public static let check: Validator.Check = { workspace in
        guard let engine = try? CascadeEngine(workspace: workspace) else { return [] }
        let context = CascadeCheckContext(engine: engine)
        var findings: [Finding] = []
        findings += unknownExecutors(context)
        findings += missingActivities(context)
        findings += linkFindings(context)
        return findings
    }

    static func file(_ roadmap: Roadmap) -> String {
        (try? WorkspaceLayout.roadmapPath(roadmap.owner)) ?? roadmap.owner.description
    }

    static func label(_ a: Activity) -> String { a.number.map { ActivityID.from(number: $0) } ?? a.id }

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
        return Finding(
            .warning, .unknownExecutor, file: place.file, location: place.location + ".executors",
            ru:
                "пункт \(label(place.activity)): исполнитель \(words) не известен правилам каскада (rules.executors); уровень по нему не определён",
            en:
                "item \(label(place.activity)): executor \(words) is not in the cascade rules (rules.executors); no level derived from it"
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
        let perSchool = ParallelMap.map(context.schoolRoadmaps) { school in
            missingActivities(school.roadmap, of: school.id, municipal: context.municipal[school.municipality], context)
        }
        return findings + perSchool.joined()
    }

    /// The regional and municipal items one school owes but its roadmap does not implement.
    static func missingActivities(
        _ roadmap: Roadmap, of id: SchoolID, municipal: CascadeCheckContext.Municipal?, _ context: CascadeCheckContext
    ) -> [Finding] {
        var findings: [Finding] = []
        var implemented: Set<ActivityLink> = []
        for section in roadmap.sections {
            for activity in section.activities { implemented.formUnion(activity.implements) }
        }
        // Implementing a municipal item implements what that item implements.
        for item in municipal?.items ?? [] where implemented.contains(item.link) {
            implemented.formUnion(item.activity.implements)
        }
        let file = (try? WorkspaceLayout.roadmapPath(.school(id))) ?? id.rawValue
        for owed in [context.regionalOwedBySchools, municipal?.owedBySchools ?? []].joined() where owed.covers(id) {
            guard !implemented.contains(owed.item.link) else { continue }
            findings.append(missing(owed.item, file: file, unit: "школы «\(id)»", unitEN: "school \(id)"))
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

    static func linkFindings(_ context: CascadeCheckContext) -> [Finding] {
        let workspace = context.engine.workspace
        var lower: [(Roadmap, MunicipalityID)] = []
        for (id, roadmap) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) { lower.append((roadmap, id)) }
        for school in context.schoolRoadmaps { lower.append((school.roadmap, school.municipality)) }
        return Array(
            ParallelMap.map(lower) { roadmap, municipality in
                linkFindings(roadmap, municipal: context.municipal[municipality], context)
            }.joined())
    }

    /// Deadline and document findings of one lower roadmap against the items its activities implement.
    static func linkFindings(
        _ roadmap: Roadmap, municipal: CascadeCheckContext.Municipal?, _ context: CascadeCheckContext
    ) -> [Finding] {
        let engine = context.engine
        let level = roadmap.owner.level
        let file = file(roadmap)
        var findings: [Finding] = []
        for (s, section) in roadmap.sections.enumerated() {
            for (a, activity) in section.activities.enumerated() where !activity.implements.isEmpty {
                let place = Place(file: file, section: s, index: a, activity: activity)
                for link in activity.implements {
                    let parent: ResolvedActivity?
                    switch link.level {
                    case .region: parent = engine.regionalItem(link.activity)
                    case .municipality where level == .school: parent = municipal?.byID[link.activity]
                    default: parent = nil
                    }
                    guard let parent else { continue }  // unknown-link is reported by LinkChecks
                    let own = engine.cache.schedule(activity.schedule, period: roadmap.period)
                    if let f = deadlineFinding(place, parent: parent, level: level, own: own, rules: engine.rules) {
                        findings.append(f)
                    }
                    if let f = documentFinding(place, parent: parent, renamed: context.renamed) { findings.append(f) }
                }
            }
        }
        return findings
    }

    static func deadlineFinding(
        _ place: Place, parent: ResolvedActivity, level: Level, own schedule: Schedule, rules: CascadeRules
    ) -> Finding? {
        // Only the lower activity's occurrences inside the parent's period are compared (a 2022–2024
        // roadmap's «До 31 мая ежегодно» against a 2023 plan compares 31.05.2023).
        // A parent deadline outside its own period is the parent's error (date-outside-period), not the child's.
        guard let parentDeadline = parent.schedule.finalDeadline, parent.period.contains(parentDeadline),
            let own = schedule.occurrences.last(where: { parent.period.contains($0.end) })?.end
        else { return nil }
        var lead = 0
        for l in Level.allCases where l > parent.link.level && l <= level { lead += rules.leadDays(for: l) }
        let latest = parentDeadline.adding(days: -lead)
        guard own > latest else { return nil }
        let leadText = lead == 0 ? "" : " с учётом опережения \(lead) дн."
        let leadTextEN = lead == 0 ? "" : " after a lead time of \(lead) days"
        return Finding(
            .error, .deadlineAfterParent, file: place.file, location: place.location + ".schedule",
            ru:
                "пункт \(label(place.activity)): срок \(own.russianString) («\(place.activity.schedule)») позже срока \(parent.link) — \(latest.russianString)\(leadText) («\(parent.activity.schedule)»)",
            en:
                "item \(label(place.activity)): deadline \(own.russianString) (“\(place.activity.schedule)”) is later than \(parent.link)'s \(latest.russianString)\(leadTextEN) (“\(parent.activity.schedule)”)"
        )
    }

    static func documentFinding(_ place: Place, parent: ResolvedActivity, renamed: [String: String]) -> Finding? {
        // Documents generated from somewhere else (the anti-risk programme rule) are not the parent's.
        if let origin = place.activity.provenance?.documents, origin.kind != .local, !origin.from.contains(parent.link) {
            return nil
        }
        // Either the lower level's name for the document or the parent's own name will do.
        let expected = parent.activity.documents.map { (renamed[$0] ?? $0, $0) }
        let present = place.activity.documents
        // Exact names first; the normalising comparison only when they differ.
        if expected.allSatisfy({ lower, higher in present.contains(lower) || present.contains(higher) }) { return nil }
        let missing = expected.filter { lower, higher in
            !present.contains { CascadeRules.sameDocument($0, lower) || CascadeRules.sameDocument($0, higher) }
        }.map(\.0)
        guard !missing.isEmpty else { return nil }
        let want = missing.map { "«\($0)»" }.joined(separator: ", ")
        let have =
            place.activity.documents.isEmpty ? "нет документов" : place.activity.documents.map { "«\($0)»" }.joined(separator: ", ")
        let haveEN =
            place.activity.documents.isEmpty ? "none" : place.activity.documents.map { "“\($0)”" }.joined(separator: ", ")
        return Finding(
            .warning, .documentMismatch, file: place.file, location: place.location + ".documents",
            ru: "пункт \(label(place.activity)): \(parent.link) требует документ \(want), указано: \(have)",
            en: "item \(label(place.activity)): \(parent.link) requires \(want), found: \(haveEN)")
    }
}
