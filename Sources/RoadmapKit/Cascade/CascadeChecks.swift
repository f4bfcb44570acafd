/// Validation of the cascade: who owes what is carried, deadlines and documents agree with the
/// parents, executors are known. Runs as one of `Validator.checks`.
public enum CascadeChecks {
    /// An activity with its place in its roadmap file.
    struct Place {
        var file: String
        var location: String
        var activity: Activity
    }

    public static let check: Validator.Check = { workspace in
        guard let engine = try? CascadeEngine(workspace: workspace) else { return [] }
        var findings: [Finding] = []
        findings += unknownExecutors(engine)
        findings += missingActivities(engine)
        findings += linkFindings(engine)
        return findings
    }

    static func places(_ roadmap: Roadmap) -> [Place] {
        let file = (try? WorkspaceLayout.roadmapPath(roadmap.owner)) ?? roadmap.owner.description
        var result: [Place] = []
        for (s, section) in roadmap.sections.enumerated() {
            for (a, activity) in section.activities.enumerated() {
                result.append(Place(file: file, location: "sections[\(s)].activities[\(a)]", activity: activity))
            }
        }
        return result
    }

    static func label(_ a: Activity) -> String { a.number.map { ActivityID.from(number: $0) } ?? a.id }

    // MARK: unknown-executor

    static func unknownExecutors(_ engine: CascadeEngine) -> [Finding] {
        let workspace = engine.workspace
        var findings: [Finding] = []
        var roadmaps: [(Roadmap, ExecutorResolver)] = []
        if let plan = workspace.regionalPlan { roadmaps.append((plan, ExecutorResolver(rules: engine.rules))) }
        for (id, roadmap) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) {
            roadmaps.append((roadmap, ExecutorResolver(rules: engine.rules, schools: workspace.schools(in: id))))
        }
        for (roadmap, resolver) in roadmaps {
            for place in places(roadmap) {
                let unknown = resolver.resolve(place.activity.executors).unknown
                guard !unknown.isEmpty else { continue }
                let words = unknown.map { "«\($0)»" }.joined(separator: ", ")
                findings.append(
                    Finding(
                        .warning, .unknownExecutor, file: place.file, location: place.location + ".executors",
                        ru:
                            "пункт \(label(place.activity)): исполнитель \(words) не известен правилам каскада (rules.executors); уровень по нему не определён",
                        en:
                            "item \(label(place.activity)): executor \(words) is not in the cascade rules (rules.executors); no level derived from it"
                    ))
            }
        }
        return findings
    }

    // MARK: missing-activity

    static func missingActivities(_ engine: CascadeEngine) -> [Finding] {
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
        var municipalCache: [MunicipalityID: [ResolvedActivity]] = [:]
        for (id, roadmap) in workspace.schoolRoadmaps.sorted(by: { $0.key < $1.key }) {
            guard let school = workspace.school(id) else { continue }
            let municipal = municipalCache[school.municipality] ?? engine.municipalItems(school.municipality)
            municipalCache[school.municipality] = municipal
            var implemented = Set(roadmap.activities.flatMap(\.implements))
            // Implementing a municipal item implements what that item implements.
            for item in municipal where implemented.contains(item.link) {
                implemented.formUnion(item.activity.implements)
            }
            let file = (try? WorkspaceLayout.roadmapPath(.school(id))) ?? id.rawValue
            let owed = engine.regional.filter { $0.owedBySchools } + municipal.filter { $0.owedBySchools && !engine.isOver($0) }
            for item in owed where item.namedSchools?.contains(id) ?? true {
                guard !implemented.contains(item.link) else { continue }
                findings.append(missing(item, file: file, unit: "школы «\(id)»", unitEN: "school \(id)"))
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

    static func linkFindings(_ engine: CascadeEngine) -> [Finding] {
        let workspace = engine.workspace
        var findings: [Finding] = []
        var lower: [(Roadmap, MunicipalityID)] = []
        for (id, roadmap) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) { lower.append((roadmap, id)) }
        for (id, roadmap) in workspace.schoolRoadmaps.sorted(by: { $0.key < $1.key }) {
            if let school = workspace.school(id) { lower.append((roadmap, school.municipality)) }
        }
        var municipalCache: [MunicipalityID: [String: ResolvedActivity]] = [:]
        var renamed: [String: String] = [:]  // higher document name → lower, computed once per name
        for (roadmap, municipality) in lower {
            let level = roadmap.owner.level
            for place in places(roadmap) where !place.activity.implements.isEmpty {
                for link in place.activity.implements {
                    let parent: ResolvedActivity?
                    switch link.level {
                    case .region: parent = engine.regionalItem(link.activity)
                    case .municipality where level == .school:
                        if municipalCache[municipality] == nil {
                            municipalCache[municipality] = Dictionary(
                                engine.municipalItems(municipality).map { ($0.activity.id, $0) },
                                uniquingKeysWith: { a, _ in a })
                        }
                        parent = municipalCache[municipality]?[link.activity]
                    default: parent = nil
                    }
                    guard let parent else { continue }  // unknown-link is reported by LinkChecks
                    let own = engine.cache.schedule(place.activity.schedule, period: roadmap.period)
                    if let f = deadlineFinding(place, parent: parent, level: level, own: own, rules: engine.rules) {
                        findings.append(f)
                    }
                    for name in parent.activity.documents where renamed[name] == nil {
                        renamed[name] = engine.rules.lowerDocumentName(name)
                    }
                    if let f = documentFinding(place, parent: parent, renamed: renamed) { findings.append(f) }
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
