import Foundation

/// Evaluates each regional activity's indicator from the levels below (Docs/compliance.md, «Indicators»).
///
/// Lower activities are linked by `implements`: a school activity naming `region:N` directly, or
/// `municipality:M` where item M of its municipality's roadmap implements `region:N`; a municipal
/// activity naming `region:N`.
/// - share of schools / municipalities / both: units of the register whose linked activity is
///   completed as of the date (every item due done, at least one done), over all units of the register;
/// - count and persons: the sum of `count` in the current records (done or in progress, dated by
///   the as-of date) of the regional activity and its linked activities;
/// - frequency: the times the regional activity itself was held — the `count` of its current
///   records (done or in progress), a done record without `count` being one — per elapsed period
///   of the monitoring window (whole weeks, months … since it opened);
/// - text, shares of people: not evaluable, and the result says so.
///
/// A share or count whose regional activity is not yet due (final deadline after the as-of date)
/// shows the figure so far with `met == nil`: it is judged at its deadline.
package struct IndicatorEvaluator: Sendable {
    package var asOf: LocalDate
    /// Reports made after this day are left out (`--known-on`); `nil`: everything reported.
    package var knownOn: LocalDate?

    package init(asOf: LocalDate, knownOn: LocalDate? = nil) {
        self.asOf = asOf
        self.knownOn = knownOn
    }

    /// A lower activity that implements a regional one.
    struct Link: Hashable {
        var owner: Owner
        var activity: String
        /// The owner's `UnitNumbers` number; -1 when it is not in the register.
        var unit: Int = -1
    }

    package func evaluate(
        _ workspace: Workspace, executions: [RoadmapExecution], schedules: ScheduleIndex
    ) -> [IndicatorResult] {
        guard let plan = workspace.regionalPlan else { return [] }
        // Units are numbered once (schools, then municipalities, in register order) so that a share
        // over 40,000 schools marks numbers instead of hashing owners for every regional item.
        let numbers = UnitNumbers(workspace.units)
        let links = linksByRegionalActivity(workspace, numbers: numbers)
        var completed = [Set<String>?](repeating: nil, count: numbers.count)
        for execution in executions {
            if let unit = numbers.number(of: execution.owner) { completed[unit] = execution.completedActivities }
        }
        @Sendable func records(of owner: Owner, _ activity: String) -> [ProgressRecord] {
            reportedRecords(workspace.progress[owner]?.current(asOf: asOf, knownOn: knownOn, activity: activity) ?? [], activity: activity)
        }
        let period = plan.period
        let completedByUnit = completed
        // The regional plan's own completed items: the region's records count for items it executes.
        let regionCompleted = executions.first { $0.owner == .region }?.completedActivities ?? []
        let resolver = ExecutorResolver(rules: workspace.settings.rules)
        // Each regional activity's indicator on its own, on all cores (a share counts 40,000 schools).
        let evaluated = ParallelMap.map(plan.activities) { activity -> IndicatorResult? in
            guard let text = activity.indicator?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty
            else { return nil }
            let linked = links[activity.id] ?? []
            let own = Link(owner: .region, activity: activity.id)
            // Shares and counts are judged at the activity's final deadline; before it the figure so
            // far is shown and `met` stays open.
            let deadline = schedules.finalDeadline(activity.schedule, period: period)
            func result(_ kind: IndicatorResult.Kind, _ required: Double?, _ actual: Double?, _ met: Bool?, ru: String, en: String)
                -> IndicatorResult
            {
                var met = met
                var note = LocalizedText(ru: ru, en: en)
                if kind != .frequency, actual != nil, let deadline, deadline > asOf {
                    met = nil
                    note = LocalizedText(
                        ru: "срок \(deadline.russianString) не наступил; пока: " + ru,
                        en: "due \(deadline.russianString), not yet; so far: " + en)
                }
                return IndicatorResult(
                    activity: activity.id, number: activity.number, title: activity.title, indicator: text, kind: kind,
                    required: required, actual: actual, met: met, note: note)
            }
            switch Indicator(parsing: text) {
            case .share(let percent, let population):
                let pools: [Range<Int>]
                switch population {
                case .schools, .other: pools = [numbers.schools]
                case .municipalities: pools = [numbers.municipalities]
                // «МОУО и ОО»: two shares, both required.
                case .municipalitiesAndSchools: pools = [numbers.municipalities, numbers.schools]
                case .people:
                    return result(
                        .share, percent, nil, nil, ru: "доля людей не вычисляется из отчётов об исполнении",
                        en: "a share of people cannot be computed from progress reports")
                }
                let owes = owing(activity, linked: linked, numbers: numbers, workspace: workspace)
                var shares: [(done: Int, owing: Int, linked: Int, schools: Bool)] = []
                for pool in pools {
                    // 1: has a linked activity, 2: has completed one.
                    var marks = [UInt8](repeating: 0, count: numbers.count)
                    var linkedUnits = 0
                    var doneUnits = 0
                    for link in linked where pool.contains(link.unit) && owes[link.unit] {
                        if marks[link.unit] == 0 {
                            marks[link.unit] = 1
                            linkedUnits += 1
                        }
                        if marks[link.unit] == 1, completedByUnit[link.unit]?.contains(link.activity) ?? false {
                            marks[link.unit] = 2
                            doneUnits += 1
                        }
                    }
                    let owing = pool.filter { owes[$0] }.count
                    // A level nobody in the register owes it at has no share to meet.
                    if owing > 0 { shares.append((doneUnits, owing, linkedUnits, pool == numbers.schools)) }
                }
                // The region's own part, when it executes the item («Региональный координатор»).
                let regionExecutes = resolver.resolve(activity.executors).levels.contains(.region)
                let regionDone = regionCompleted.contains(activity.id)
                let regionWords = (
                    ru: "региональный уровень: " + (regionDone ? "выполнено" : "не выполнено"),
                    en: "regional level: " + (regionDone ? "done" : "not done")
                )
                if regionExecutes, !shares.contains(where: { $0.linked > 0 }) {
                    // Executed by the region alone: its own record is the figure.
                    let none =
                        shares.isEmpty
                        ? (ru: "", en: "") : (ru: " (у обязанных ниже связанных мероприятий нет)", en: " (no linked activity below)")
                    return result(
                        .share, percent, regionDone ? 100 : 0, regionDone, ru: "выполняет " + regionWords.ru + none.ru,
                        en: "executed at the " + regionWords.en + none.en)
                }
                guard !shares.isEmpty, shares.contains(where: { $0.linked > 0 }) else {
                    return result(
                        .share, percent, nil, nil, ru: "ни одно мероприятие нижнего уровня не ссылается на этот пункт",
                        en: "no lower-level activity implements this item")
                }
                let actuals = shares.map { Double($0.done) * 100 / Double($0.owing) }
                let actual = actuals.min() ?? 0
                func words(_ share: (done: Int, owing: Int, linked: Int, schools: Bool), ru: Bool) -> String {
                    let unit = share.schools ? (ru ? "школ" : "schools") : (ru ? "МОУО" : "municipalities")
                    return ru
                        ? "\(unit): выполнили \(share.done) из \(share.owing) обязанных (связанное мероприятие есть у \(share.linked))"
                        : "\(unit): \(share.done) of \(share.owing) that owe it completed (\(share.linked) have a linked activity)"
                }
                return result(
                    .share, percent, actual, actuals.allSatisfy { $0 >= percent } && (!regionExecutes || regionDone),
                    ru: shares.map { words($0, ru: true) }.joined(separator: "; ")
                        + (shares.count > 1 ? "; нужны обе доли" : "") + (regionExecutes ? "; " + regionWords.ru : ""),
                    en: shares.map { words($0, ru: false) }.joined(separator: "; ")
                        + (shares.count > 1 ? "; both shares are required" : "") + (regionExecutes ? "; " + regionWords.en : ""))
            case .count(let atLeast, _), .persons(let atLeast):
                let kind: IndicatorResult.Kind = if case .persons = Indicator(parsing: text) { .persons } else { .count }
                var sum = 0
                var reported = 0
                // Records are read where they are in each log (a copy of each is a handful of retains).
                func add(_ owner: Owner, _ activity: String) {
                    guard let log = workspace.progress[owner] else { return }
                    for index in log.currentIndices(asOf: asOf, knownOn: knownOn, activity: activity) where reports(log.records[index]) {
                        if let count = log.records[index].count {
                            sum += count
                            reported += 1
                        }
                    }
                }
                add(own.owner, own.activity)
                for link in linked { add(link.owner, link.activity) }
                guard reported > 0 else {
                    return result(
                        kind, Double(atLeast), nil, nil, ru: "нет отчётов с количеством (поле count)",
                        en: "no progress record reports a count")
                }
                return result(
                    kind, Double(atLeast), Double(sum), sum >= atLeast, ru: "сумма по \(reported) отчётам",
                    en: "sum over \(reported) reports")
            case .frequency(let times, let per):
                let window = MonitoringWindow.window(for: plan.period, asOf: asOf)
                let days = min(asOf, window.upperBound).dayNumber - window.lowerBound.dayNumber + 1
                let periods = Double(days) / Self.days(per)
                guard periods >= 1 else {
                    return result(
                        .frequency, Double(times), nil, nil, ru: "не прошло ни одного полного периода",
                        en: "not one whole period has passed yet")
                }
                let elapsed = periods.rounded(.down)
                let records = records(of: .region, activity.id)
                if records.isEmpty {
                    // Whole periods passed and nobody reported holding it: not met, not «no data».
                    return result(
                        .frequency, Double(times), 0, false,
                        ru: "за \(Int(elapsed)) \(Self.russianUnit(per)) нет ни одного отчёта о проведении",
                        en: "no report of it being held in \(Int(elapsed)) \(per.rawValue)(s)")
                }
                guard records.contains(where: { $0.count != nil || $0.status == .done }) else {
                    return result(
                        .frequency, Double(times), nil, nil,
                        ru: records.isEmpty
                            ? "нет отчётов о проведении на эту дату" : "в отчётах не указано, сколько раз проведено (поле count)",
                        en: records.isEmpty ? "no report on this date" : "the reports do not say how many times (field count)")
                }
                let done = records.reduce(0) { $0 + ($1.count ?? ($1.status == .done ? 1 : 0)) }
                let rate = Double(done) / elapsed
                return result(
                    .frequency, Double(times), rate, rate >= Double(times),
                    ru: "\(done) выполнено за \(Int(elapsed)) \(Self.russianUnit(per))",
                    en: "\(done) done in \(Int(elapsed)) \(per.rawValue)(s)")
            case .text:
                return result(
                    .text, nil, nil, nil, ru: "показатель не распознан: оценить по данным нельзя",
                    en: "indicator not understood: cannot be evaluated from the data")
            }
        }
        return evaluated.compactMap { $0 }
    }

    /// Current records of an activity that report work (done or in progress) dated by the as-of date
    /// (completedOn, else reportedOn; undated records count).
    func reportedRecords(_ current: [ProgressRecord], activity: String) -> [ProgressRecord] {
        current.filter { $0.activity == activity && reports($0) }
    }

    /// Whether a current record reports work as of the date: done or in progress, dated by then.
    func reports(_ record: ProgressRecord) -> Bool {
        record.status != .notStarted && (record.completedOn ?? record.reportedOn).map { $0 <= asOf } ?? true
    }

    /// Per unit number, whether the unit owes the regional `activity` (by the cascade): every
    /// school of the register when its executors name schools — except a school a school-type rule
    /// of workspace.json exempts («ГИА-11» in an ООШ) — every municipality when they name
    /// municipalities; otherwise only the units that carry a linked activity.
    func owing(_ activity: Activity, linked: [Link], numbers: UnitNumbers, workspace: Workspace) -> [Bool] {
        let levels = ExecutorResolver(rules: workspace.settings.rules).resolve(activity.executors).levels
        var owes = [Bool](repeating: false, count: numbers.count)
        if levels.contains(.school) {
            let rules = workspace.settings.schoolTypes.filter { $0.excludes(title: activity.title) }
            for (index, school) in workspace.units.schools.enumerated() where numbers.schools.contains(index) {
                owes[index] = !rules.contains { $0.matches(schoolName: school.name) }
            }
        }
        if levels.contains(.municipality) { for unit in numbers.municipalities { owes[unit] = true } }
        for link in linked where link.unit >= 0 && !owes[link.unit] {
            // A unit that carries the item owes it, unless a school-type rule exempts the school.
            if numbers.schools.contains(link.unit), let rules = Optional(workspace.settings.schoolTypes),
                rules.contains(where: {
                    $0.excludes(title: activity.title) && $0.matches(schoolName: workspace.units.schools[link.unit].name)
                })
            {
                continue
            }
            owes[link.unit] = true
        }
        return owes
    }

    /// Regional activity id → lower activities implementing it.
    func linksByRegionalActivity(_ workspace: Workspace, numbers: UnitNumbers) -> [String: [Link]] {
        var result: [String: [Link]] = [:]
        var municipalToRegion: [MunicipalityID: [String: [String]]] = [:]
        for (id, roadmap) in workspace.municipalRoadmaps {
            var map: [String: [String]] = [:]
            let unit = numbers.number(of: .municipality(id)) ?? -1
            for section in roadmap.sections {
                for activity in section.activities {
                    for link in activity.implements where link.level == .region {
                        map[activity.id, default: []].append(link.activity)
                        result[link.activity, default: []].append(
                            Link(owner: .municipality(id), activity: activity.id, unit: unit))
                    }
                }
            }
            municipalToRegion[id] = map
        }
        // The schools' links (3,000,000 activities at 40,000 schools) are gathered in a few long runs
        // of schools on all cores, then joined in register order.
        let schools = workspace.units.schools
        let tasks = max(1, min(schools.count, ProcessInfo.processInfo.activeProcessorCount * 2))
        let runs = (0..<tasks).map { t in schools.count * t / tasks..<schools.count * (t + 1) / tasks }
        let municipal = municipalToRegion
        let parts = ParallelMap.map(runs) { run in
            Self.schoolLinks(schools[run], workspace: workspace, municipalToRegion: municipal, numbers: numbers)
        }
        for part in parts {
            for (target, links) in part { result[target, default: []] += links }
        }
        return result
    }

    /// Regional activity id → the activities of `schools` implementing it, directly or through
    /// their municipality's items.
    static func schoolLinks(
        _ schools: ArraySlice<School>, workspace: Workspace, municipalToRegion: [MunicipalityID: [String: [String]]],
        numbers: UnitNumbers
    ) -> [String: [Link]] {
        var result: [String: [Link]] = [:]
        var targets: [String] = []
        for school in schools {
            guard let roadmap = workspace.schoolRoadmaps[school.id] else { continue }
            let regionalOfMunicipal = municipalToRegion[school.municipality] ?? [:]
            let unit = numbers.number(of: .school(school.id)) ?? -1
            for section in roadmap.sections.indices {
                for index in roadmap.sections[section].activities.indices {
                    let implements = roadmap.sections[section].activities[index].implements
                    if implements.isEmpty { continue }
                    targets.removeAll(keepingCapacity: true)
                    for link in implements {
                        switch link.level {
                        case .region: targets.append(link.activity)
                        case .municipality: targets += regionalOfMunicipal[link.activity] ?? []
                        case .school: break
                        }
                    }
                    // Each regional item once per activity, in a stable order.
                    if targets.count > 1 { targets = Array(Set(targets)).sorted() }
                    let link = Link(
                        owner: .school(school.id), activity: roadmap.sections[section].activities[index].id, unit: unit)
                    for target in targets { result[target, default: []].append(link) }
                }
            }
        }
        return result
    }

    static func days(_ unit: Indicator.FrequencyUnit) -> Double {
        switch unit {
        case .week: 7
        case .month: 365.25 / 12
        case .quarter: 365.25 / 4
        case .halfYear: 365.25 / 2
        case .year: 365.25
        }
    }

    static func russianUnit(_ unit: Indicator.FrequencyUnit) -> String {
        switch unit {
        case .week: "нед."
        case .month: "мес."
        case .quarter: "кв."
        case .halfYear: "полугод."
        case .year: "г."
        }
    }
}

extension Indicator {
    /// «в мес.» / "a month" for a frequency; empty for other indicators.
    package func frequencyUnitName(_ language: Language) -> String {
        guard case .frequency(_, let per) = self else { return "" }
        switch (per, language) {
        case (.week, .ru): return "в нед."
        case (.month, .ru): return "в мес."
        case (.quarter, .ru): return "в кв."
        case (.halfYear, .ru): return "в полугодие"
        case (.year, .ru): return "в год"
        case (.week, .en): return "a week"
        case (.month, .en): return "a month"
        case (.quarter, .en): return "a quarter"
        case (.halfYear, .en): return "a half-year"
        case (.year, .en): return "a year"
        }
    }
}
