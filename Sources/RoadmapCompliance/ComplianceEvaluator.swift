/// Computes a `ComplianceReport` for a workspace as of a date: one pass over every roadmap, schools
/// evaluated in parallel per municipality, each distinct schedule text parsed once per worker.
public struct ComplianceEvaluator: Sendable {
    public var asOf: LocalDate
    /// Days ahead listed as «due soon» (deadlines report).
    public var lookAheadDays: Int
    /// Reports made after this day are left out (`--known-on`); `nil`: every report counts, by the
    /// date its state held (Docs/compliance.md, «Known-on date»).
    public var knownOn: LocalDate?

    public init(asOf: LocalDate, lookAheadDays: Int = 14, knownOn: LocalDate? = nil) {
        self.asOf = asOf
        self.lookAheadDays = lookAheadDays
        self.knownOn = knownOn
    }

    /// The full evaluation: report plus the per-roadmap executions (for the deadlines list).
    public struct Evaluation: Sendable {
        public var report: ComplianceReport
        /// Every roadmap's execution, region first, then municipalities and their schools.
        package var executions: [RoadmapExecution]
    }

    /// Evaluates everything. `schedules` is the workspace's `ScheduleIndex` when the caller already
    /// has one (validation builds the same); otherwise it is built here.
    public func evaluate(_ workspace: Workspace, schedules: ScheduleIndex? = nil) -> Evaluation {
        let schedules = schedules ?? ScheduleIndex(workspace)
        let settings = workspace.settings
        let calendar = CheckpointCalendar(settings: settings)
        let assessed = calendar.assessed(asOf: asOf)
        let next = calendar.next(after: asOf)
        let evaluator = RoadmapEvaluator(
            asOf: asOf, nextCheckpoint: next?.date, lookAheadDays: lookAheadDays, credit: settings.credit, knownOn: knownOn,
            report: settings.period)
        let policy = settings.rollUp
        let regionID = settings.region.id.rawValue
        let resolver = ExecutorResolver(rules: settings.rules)
        // The roll-up of every level: a unit's counts (its own plus its children's), pooled and mean
        // figures, then its headline, projection, on-track flag and zone.
        @Sendable func rollUp(
            _ unit: inout UnitCompliance, counts: ExecutionCounts, mean: Double?, childProjections: [Double]
        ) {
            unit.counts = counts
            unit.pooledPercent = counts.percent
            unit.meanPercent = mean
            finish(&unit, policy: policy, childProjections: childProjections, assessed: assessed, next: next)
        }

        // Schools grouped by municipality in register order; schools whose municipality is unknown
        // are evaluated in a group of their own so nothing is dropped.
        // A municipality listed twice (`validate` reports it as duplicate-id) is one group.
        var groups: [(id: MunicipalityID, name: String, schools: [School])] = []
        var index: [MunicipalityID: Int] = [:]
        for m in workspace.units.municipalities where index[m.id] == nil {
            index[m.id] = groups.count
            groups.append((m.id, m.name, []))
        }
        for school in workspace.units.schools {
            if let i = index[school.municipality] {
                groups[i].schools.append(school)
            } else {
                index[school.municipality] = groups.count
                groups.append((school.municipality, school.municipality.rawValue, [school]))
            }
        }

        struct GroupResult: Sendable {
            var municipality: UnitCompliance
            var schools: [UnitCompliance]
            var executions: [RoadmapExecution]
        }
        let results = ParallelMap.map(groups.map { ($0.id, $0.name, $0.schools) }) { group -> GroupResult in
            var executions: [RoadmapExecution] = []
            var schoolUnits: [UnitCompliance] = []
            var schoolTypes = SchoolTypeMatcher(settings.schoolTypes)
            for school in group.2 {
                var unit = UnitCompliance(
                    level: .school, id: school.id.rawValue, name: school.displayName, parent: group.0.rawValue)
                if let roadmap = workspace.schoolRoadmaps[school.id] {
                    let execution = evaluator.evaluate(
                        roadmap, of: .school(school.id), log: workspace.progress[.school(school.id)], schedules: schedules,
                        notApplicable: schoolTypes.notApplicable(in: roadmap, school: school))
                    executions.append(execution)
                    unit.record(execution)
                }
                rollUp(&unit, counts: unit.ownCounts, mean: unit.ownCounts.percent, childProjections: [])
                let meets = assessed.map { cp in unit.percent.map { $0 >= cp.minimum } ?? false }
                let hits = assessed.map { cp in unit.percent.map { $0 >= cp.target } ?? false }
                unit.schools = SchoolTally(
                    total: 1, withData: unit.percent == nil ? 0 : 1, meetingMinimum: meets.map { $0 ? 1 : 0 },
                    meetingTarget: hits.map { $0 ? 1 : 0 })
                schoolUnits.append(unit)
            }
            var municipality = UnitCompliance(
                level: .municipality, id: group.0.rawValue, name: group.1, parent: regionID)
            var childPercents = schoolUnits.compactMap(\.percent)
            var childProjections = schoolUnits.compactMap(\.projectedPercent)
            if let roadmap = workspace.municipalRoadmaps[group.0] {
                let below = ExecutedBelow.activities(
                    of: roadmap, level: .municipality, resolver: resolver.adding(schools: group.2))
                let execution = evaluator.evaluate(
                    roadmap, of: .municipality(group.0), log: workspace.progress[.municipality(group.0)],
                    schedules: schedules, leaveOut: below)
                executions.insert(execution, at: 0)
                municipality.record(execution)
                // «Mean of schools»: the municipal roadmap is reported on its own line (ownCounts), not
                // as one more school — unless no school has data, when it is the municipality's figure.
                if childPercents.isEmpty, let own = execution.counts.percent { childPercents.append(own) }
                if childProjections.isEmpty, let own = execution.counts.projectedPercent { childProjections.append(own) }
            }
            municipality.schools = schoolUnits.reduce(Self.emptyTally(assessed)) { $0 + $1.schools }
            rollUp(
                &municipality, counts: schoolUnits.reduce(municipality.ownCounts) { $0 + $1.counts },
                mean: Self.mean(childPercents), childProjections: childProjections)
            return GroupResult(municipality: municipality, schools: schoolUnits, executions: executions)
        }

        var region = UnitCompliance(level: .region, id: regionID, name: settings.region.name, parent: nil)
        var executions: [RoadmapExecution] = []
        // «Mean of schools»: the region's mean is over all its schools with data; only when no school
        // has data, over the municipalities' figures and the regional plan's own.
        let schoolPercents = results.flatMap { $0.schools.compactMap(\.percent) }
        let schoolProjections = results.flatMap { $0.schools.compactMap(\.projectedPercent) }
        var childPercents = schoolPercents.isEmpty ? results.compactMap(\.municipality.meanPercent) : schoolPercents
        var childProjections =
            schoolProjections.isEmpty ? results.compactMap(\.municipality.projectedPercent) : schoolProjections
        if let plan = workspace.regionalPlan {
            let execution = evaluator.evaluate(
                plan, of: .region, log: workspace.progress[.region], schedules: schedules,
                leaveOut: ExecutedBelow.activities(of: plan, level: .region, resolver: resolver))
            executions.append(execution)
            region.record(execution)
            if schoolPercents.isEmpty, let own = execution.counts.percent { childPercents.append(own) }
            if schoolProjections.isEmpty, let own = execution.counts.projectedPercent { childProjections.append(own) }
        }
        region.schools = results.reduce(Self.emptyTally(assessed)) { $0 + $1.municipality.schools }
        rollUp(
            &region, counts: results.reduce(region.ownCounts) { $0 + $1.municipality.counts },
            mean: Self.mean(childPercents), childProjections: childProjections)

        var units = [region] + results.map(\.municipality)
        for result in results { units += result.schools }
        for result in results { executions += result.executions }
        let report = ComplianceReport(
            asOf: asOf, regionName: settings.region.name, rollUp: policy, checkpoint: assessed, nextCheckpoint: next,
            units: units,
            indicators: IndicatorEvaluator(asOf: asOf, knownOn: knownOn).evaluate(
                workspace, executions: executions, schedules: schedules),
            targets: TargetEvaluator(asOf: asOf).evaluate(workspace))
        var result = report
        result.credit = settings.credit
        result.knownOn = knownOn
        // Monitoring items are measured by the checkpoint figures: this report's own tally at its
        // assessed checkpoint, a second evaluation for an earlier one.
        let regionTally = region.schools
        result.indicators = MonitoringIndicators.apply(
            report.indicators, plan: workspace.regionalPlan, calendar: calendar, asOf: asOf
        ) { checkpoint in
            if checkpoint.date == assessed?.date { return regionTally }
            return ComplianceEvaluator(asOf: checkpoint.date, lookAheadDays: lookAheadDays, knownOn: knownOn)
                .evaluate(workspace, schedules: schedules).report.region?.schools
        }
        return Evaluation(report: result, executions: executions)
    }

    /// Sets the headline, projection, on-track flag and zone from the pooled and mean figures.
    func finish(
        _ unit: inout UnitCompliance, policy: RollUpPolicy, childProjections: [Double], assessed: DatedCheckpoint?,
        next: DatedCheckpoint?
    ) {
        unit.onTimePercent = unit.counts.onTimePercent
        let isLeaf = unit.level == .school
        switch policy {
        case .pooled:
            unit.percent = unit.pooledPercent
            unit.projectedPercent = unit.counts.projectedPercent
        case .meanOfChildren:
            unit.percent = unit.meanPercent
            unit.projectedPercent = isLeaf ? unit.counts.projectedPercent : Self.mean(childProjections)
        }
        if let next, let projected = unit.projectedPercent { unit.onTrack = projected >= next.minimum }
        if let assessed, let percent = unit.percent { unit.zone = Zone(percent: percent, checkpoint: assessed.checkpoint) }
    }

    static func emptyTally(_ assessed: DatedCheckpoint?) -> SchoolTally {
        assessed == nil ? SchoolTally() : SchoolTally(meetingMinimum: 0, meetingTarget: 0)
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

extension UnitCompliance {
    /// Takes the figures and lists of the unit's own roadmap.
    fileprivate mutating func record(_ execution: RoadmapExecution) {
        hasRoadmap = true
        ownCounts = execution.counts
        overdue = execution.overdue
        undocumented = execution.undocumented
        notApplicable = execution.notApplicable
        outsidePeriod = execution.outsidePeriod
    }
}
