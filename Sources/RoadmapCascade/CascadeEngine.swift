/// The cascade's resolved view of a workspace: the regional plan parsed and its executors resolved
/// once, and per municipality the templates its schools owe.
///
/// Build it once (`CascadeEngine(workspace:)`), then ask for `templates(for:)` per municipality and
/// stamp skeletons per school; nothing is re-parsed per school.
package struct CascadeEngine: Sendable {
    package let workspace: Workspace
    package let rules: CascadeRules
    /// The regional plan's activities, resolved.
    package let regional: [ResolvedActivity]
    let regionalIndex: [String: Int]
    /// The workspace's parsed schedules, shared by everything built from this engine (any text it
    /// does not hold is parsed once, on first request, from any thread).
    package let schedules: ScheduleIndex
    /// Anti-risk activities built so far (thread-safe).
    let risks = RiskActivityMemo()
    /// Required documents as schools name them, each name matched against the rules once per run.
    let documentNames = DocumentNameMemo()
    /// The executor vocabulary, tokenised once.
    let resolver: ExecutorResolver
    /// The regional item anti-risk programmes belong to: written in the rules, or found from the
    /// plan's content (`ProgrammeItemFinder`); `nil` when there is none or the choice is ambiguous.
    package let programmeItem: String?
    /// The monitoring checkpoints' dates around the plan's period: they bound a due date's window
    /// when a municipal item tightens it (`OccurrenceWindows`).
    package let checkpointDates: [LocalDate]
    /// The school's copy of each regional item schools owe (aligned with `regional`), built once:
    /// per municipality only its schedule changes.
    private(set) var regionalCopies: [Activity?] = []

    /// The engine of `workspace`, reading schedules from `schedules` (the workspace's index when the
    /// caller has one, as validation does; by default texts are parsed as the engine meets them,
    /// with the workspace's school calendar).
    package init(workspace: Workspace, schedules: ScheduleIndex? = nil) throws(CascadeError) {
        guard let plan = workspace.regionalPlan else { throw .noRegionalPlan }
        self.workspace = workspace
        let schedules = schedules ?? ScheduleIndex(calendar: workspace.settings.schoolCalendar)
        self.schedules = schedules
        self.rules = workspace.settings.rules
        let resolver = ExecutorResolver(rules: workspace.settings.rules)
        self.resolver = resolver
        regional = ResolvedActivity.resolveAll(
            plan, level: .region, resolver: resolver, schedules: schedules)
        var index: [String: Int] = [:]
        for (i, item) in regional.enumerated() where index[item.activity.id] == nil { index[item.activity.id] = i }
        regionalIndex = index
        programmeItem = workspace.settings.rules.programmeItem(in: regional)
        checkpointDates = OccurrenceWindows.checkpointDates(workspace.settings.checkpoints, period: plan.period)
        let lead = rules.leadDays(for: .municipality) + rules.leadDays(for: .school)
        regionalCopies = regional.map { item in
            guard item.owedBySchools else { return nil }
            let schedule = SchedulePropagation.propagate(parent: item, leadDays: lead, calendar: schedules.calendar)
            return schoolActivity(id: "r\(item.activity.id)", parent: item, schedule: schedule)
        }
    }

    /// The regional activity with an id.
    package func regionalItem(_ id: String) -> ResolvedActivity? { regionalIndex[id].map { regional[$0] } }

    /// The period school skeletons get: the regional plan's.
    package var period: Period { workspace.regionalPlan?.period ?? workspace.settings.period }

    /// A municipality's roadmap resolved with its schools' names known.
    package func municipalItems(_ municipality: MunicipalityID) -> [ResolvedActivity] {
        var memo = MunicipalMemo()
        return municipalItems(municipality, memo: &memo)
    }

    /// What one worker resolving municipal roadmaps (templates, the cascade checks) keeps from
    /// municipality to municipality.
    package struct MunicipalMemo {
        package init() {}
        /// School names' words (schools of different municipalities share names).
        var names = NameWordsMemo()
        /// Executor cells resolved by the rules alone, by the cell's bytes: «Муниципальный
        /// координатор» resolves the same in every municipality whose cells name no school.
        var resolutions: [UTF8Key: ExecutorResolution] = [:]
    }

    /// `municipalItems(_:)` with a worker's memo. Only the schools some cell can name (a cell holds
    /// the name's first word) are tokenised and added to the resolver; when there are none, the
    /// cells resolve by the rules alone, each distinct text once. The templates and the municipal
    /// check contexts both resolve municipal roadmaps through here.
    func municipalItems(_ municipality: MunicipalityID, memo: inout MunicipalMemo) -> [ResolvedActivity] {
        guard let roadmap = workspace.municipalRoadmaps[municipality] else { return [] }
        let cells = roadmap.sections.flatMap { $0.activities.map(\.executors) }
        let resolver = self.resolver.adding(
            schools: workspace.schools(in: municipality), names: &memo.names, resolving: cells)
        if resolver.knowsSchools {
            return ResolvedActivity.resolveAll(roadmap, level: .municipality, resolver: resolver, schedules: schedules)
        }
        return ResolvedActivity.resolveAll(roadmap, level: .municipality, schedules: schedules) { cell in
            if let known = memo.resolutions[UTF8Key(cell)] { return known }
            let resolution = self.resolver.resolve(cell)
            memo.resolutions[UTF8Key(cell)] = resolution
            return resolution
        }
    }

    /// Everything the schools of a municipality owe, in order: regional items (`r<N>`) in plan order,
    /// then municipal items (`m<M>`) the schools owe and that are not entirely over before the
    /// school period starts. A municipal item linked to a regional one also tightens the school's
    /// copy of that regional item for the schools it covers.
    package func templates(for municipality: MunicipalityID) throws(CascadeError) -> [SkeletonTemplate] {
        var memo = MunicipalMemo()
        return try templates(for: municipality, memo: &memo)
    }

    /// `templates(for:)` with a worker's memo (see `municipalItems(_:memo:)`).
    func templates(for municipality: MunicipalityID, memo: inout MunicipalMemo) throws(CascadeError) -> [SkeletonTemplate] {
        guard workspace.municipality(municipality) != nil else { throw .unknownMunicipality(municipality.rawValue) }
        let schoolIDs = workspace.schools(in: municipality).map(\.id)
        let municipal = municipalItems(municipality, memo: &memo)
        let schoolLead = rules.leadDays(for: .school)
        let totalLead = rules.leadDays(for: .municipality) + schoolLead
        var result: [SkeletonTemplate] = []

        // Items are read in place (a `ResolvedActivity` copy is dozens of retains), and each
        // item's named schools are made into a set once, not once per school.
        for i in regional.indices where regional[i].owedBySchools {
            let link = regional[i].link
            // Read in place: `filter` copied every municipal item for every regional one.
            var tighteners: [ResolvedActivity] = []
            for m in municipal.indices where municipal[m].activity.implements.contains(link) {
                tighteners.append(municipal[m])
            }
            let restricted = regional[i].namedSchools
            if tighteners.isEmpty && restricted == nil {
                // The usual item: one copy for every school (the grouping below finds one group of all).
                let schedule = SchedulePropagation.propagate(
                    parent: regional[i], leadDays: totalLead, tighteners: [], lowerLeadDays: schoolLead,
                    calendar: schedules.calendar)
                result.append(
                    SkeletonTemplate(
                        activity: regionalCopy(i, schedule: schedule), sectionTitle: CascadeEngine.regionalSectionTitle))
                continue
            }
            let tightenerSchools = tighteners.map(\.namedSchools)
            // Group the schools by which tighteners apply to them.
            var groups: [[Int]: Set<SchoolID>] = [:]
            var order: [[Int]] = []
            for school in schoolIDs where restricted?.contains(school) ?? true {
                let signature = tightenerSchools.indices.filter { tightenerSchools[$0]?.contains(school) ?? true }
                if groups[signature] == nil { order.append(signature) }
                groups[signature, default: []].insert(school)
            }
            if order.isEmpty { order = [[]] }
            let uniform = order.count == 1 && restricted == nil
            for signature in order {
                let schedule = SchedulePropagation.propagate(
                    parent: regional[i], leadDays: totalLead, tighteners: signature.map { tighteners[$0] },
                    lowerLeadDays: schoolLead, checkpoints: checkpointDates, calendar: schedules.calendar)
                result.append(
                    SkeletonTemplate(
                        activity: regionalCopy(i, schedule: schedule),
                        sectionTitle: CascadeEngine.regionalSectionTitle, schools: uniform ? nil : groups[signature] ?? []))
            }
        }
        for m in municipal.indices where municipal[m].owedBySchools && !isOver(municipal[m]) {
            let schedule = inSchoolPeriod(
                SchedulePropagation.propagate(parent: municipal[m], leadDays: schoolLead, calendar: schedules.calendar),
                parent: municipal[m])
            result.append(
                SkeletonTemplate(
                    activity: schoolActivity(id: "m\(municipal[m].activity.id)", parent: municipal[m], schedule: schedule),
                    sectionTitle: CascadeEngine.municipalSectionTitle, schools: municipal[m].namedSchools))
        }
        return result
    }

    /// A municipal item's propagated schedule as the school's roadmap (in the plan's period) must
    /// hold it: when the municipal roadmap has another period (an academic year, 2022–2024) and its
    /// text would read differently in the school's period («декабрь, май» of 2023-2024 read in 2024
    /// is December 2024), the occurrences falling in the school's period are written out as dates;
    /// the others stay with the municipal roadmap, and the note says which.
    func inSchoolPeriod(_ result: SchedulePropagation.Result, parent: ResolvedActivity) -> SchedulePropagation.Result {
        guard parent.period != period, !result.occurrences.isEmpty else { return result }
        let inside = result.occurrences.filter { period.contains($0.end) }
        guard !inside.isEmpty else { return result }
        if schedules.occurrences(result.text, period: period) == inside { return result }
        let outside = result.occurrences.filter { !period.contains($0.end) }
        var copy = result
        copy.text = SchedulePropagation.render(inside, like: parent.schedule, period: period, calendar: schedules.calendar)
        copy.occurrences = inside
        var notes = result.origin.note.map { [$0] } ?? []
        notes.append(
            "период \(parent.period.canonicalText) → \(period.canonicalText): перенесены сроки, попадающие в \(period.canonicalText)"
                + (outside.isEmpty ? "" : "; вне периода остались " + outside.map(\.russianText).joined(separator: ", ")))
        copy.origin.note = notes.joined(separator: "; ")
        copy.origin.value = copy.text
        return copy
    }

    /// Whether every occurrence of an item ended before the school period starts («Май 2022 г.» in a 2023 plan).
    func isOver(_ item: ResolvedActivity) -> Bool {
        guard let deadline = item.schedule.finalDeadline else { return false }
        return deadline < period.start
    }

    /// Section of a school skeleton holding the regional items.
    package static let regionalSectionTitle = "Мероприятия регионального плана-графика"
    /// Section holding the municipal items.
    package static let municipalSectionTitle = "Мероприятия муниципальной дорожной карты"
    /// Section holding the anti-risk programme activities.
    package static let riskSectionTitle = "Антирисковые программы по направлениям рискового профиля"

    /// The school's copy of regional item `i` with a propagated schedule.
    func regionalCopy(_ i: Int, schedule: SchedulePropagation.Result) -> Activity {
        guard i < regionalCopies.count, var copy = regionalCopies[i] else {
            return schoolActivity(id: "r\(regional[i].activity.id)", parent: regional[i], schedule: schedule)
        }
        copy.schedule = schedule.text
        copy.provenance?.schedule = schedule.origin
        return copy
    }

    /// The school's copy of a higher activity, every value with its origin.
    func schoolActivity(id: String, parent: ResolvedActivity, schedule: SchedulePropagation.Result) -> Activity {
        let from = [parent.link]
        let source = parent.activity
        let roles = parent.executors.schoolRoles.isEmpty ? ["Руководитель ОО"] : parent.executors.schoolRoles
        let executors = roles.joined(separator: ", ")
        let indicator = IndicatorApplicability.schoolIndicator(source.indicator)
        let documents = source.documents.map { name in documentNames.lower(name) { rules.lowerDocumentName(name) } }
        let renamed = zip(source.documents, documents).filter { $0 != $1 }.map { "«\($0)» → «\($1)»" }
        var indicatorNote: String?
        if indicator == nil, let original = source.indicator, !original.isEmpty {
            indicatorNote = "показатель «\(original)» относится к уровню выше, к школе не применяется"
        }
        let provenance = Provenance(
            schedule: schedule.origin,
            documents: ValueOrigin(
                kind: .inherited, from: from,
                note: renamed.isEmpty ? nil : "по правилу документов: " + renamed.joined(separator: ", "),
                value: documents.joined(separator: "\n")),
            executors: ValueOrigin(
                kind: .inherited, from: from, note: "исполнители «\(source.executors)»", value: executors),
            indicator: ValueOrigin(kind: .inherited, from: from, note: indicatorNote, value: indicator ?? ""),
            title: ValueOrigin(kind: .inherited, from: from, value: source.title))
        return Activity(
            id: id, title: source.title, schedule: schedule.text, executors: executors, indicator: indicator,
            documents: documents, implements: [parent.link], origin: .skeleton, provenance: provenance)
    }

    /// The anti-risk programme activity for a school's k-th risk direction (1-based), built once per engine.
    func riskActivity(_ k: Int, direction: String) -> Activity {
        risks.activity(k, direction: direction) { makeRiskActivity(k, direction: direction) }
    }

    private func makeRiskActivity(_ k: Int, direction: String) -> Activity {
        let template = rules.riskActivity
        let note = "направление рискового профиля школы №\(k): «\(direction)»"
        let parent = programmeItem.flatMap { regionalItem($0) }
        let from = parent.map { [$0.link] } ?? []
        let schedule: String
        let scheduleOrigin: ValueOrigin
        if let parent {
            let propagated = SchedulePropagation.propagate(
                parent: parent, leadDays: rules.leadDays(for: .municipality) + rules.leadDays(for: .school),
                calendar: schedules.calendar)
            schedule = propagated.text
            scheduleOrigin = propagated.origin
        } else {
            schedule =
                template.schedule ?? SchedulePropagation.render([Occurrence(start: period.start, end: period.end)])
            scheduleOrigin = ValueOrigin(kind: .inherited, note: "срок из правила rules.riskActivity", value: schedule)
        }
        let origin = { (value: String) in ValueOrigin(kind: .inherited, from: from, note: note, value: value) }
        let title = template.title(for: direction)
        return Activity(
            id: "risk\(k)", title: title, schedule: schedule, executors: template.executors,
            documents: template.documents, implements: from, origin: .skeleton,
            provenance: Provenance(
                schedule: scheduleOrigin,
                documents: ValueOrigin(
                    kind: .inherited, note: "документ из правила rules.riskActivity",
                    value: template.documents.joined(separator: "\n")),
                executors: origin(template.executors), indicator: origin(""), title: origin(title)))
    }
}
