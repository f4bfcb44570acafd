/// Compliance and deadlines as of a date, with the workspace validated beside them.
extension RoadmapProject {
    /// What `evaluate` returns: the report, each roadmap's execution and the validation findings
    /// (data and cascade checks; the load findings are `loadFindings`).
    public struct ComplianceRun: Sendable {
        /// The figures of every unit (narrowed to a municipality when one was asked for).
        public var report: ComplianceReport
        /// Every roadmap's execution, region first, then municipalities and their schools.
        package var executions: [RoadmapExecution]
        /// The data and cascade checks' findings, sorted by file.
        public var findings: [Finding]
    }

    /// What `deadlines` returns: the working list and the validation findings.
    public struct DeadlinesRun: Sendable {
        /// Overdue and due-soon activities by responsible unit.
        public var list: DeadlineList
        /// The data and cascade checks' findings of the whole workspace, sorted by file.
        public var findings: [Finding]
    }

    /// Execution percentages as of `asOf` up the hierarchy. With `municipality` the report keeps
    /// the region, that municipality and its schools (the figures are those of the whole workspace).
    /// Validation runs on another thread beside the evaluation; both read the one `schedules`.
    public func evaluate(
        asOf: LocalDate, knownOn: LocalDate? = nil, lookAheadDays: Int = 14, municipality: MunicipalityID? = nil
    ) throws(UnknownUnit) -> ComplianceRun {
        if let municipality { _ = try self.municipality(municipality) }
        let evaluator = ComplianceEvaluator(asOf: asOf, lookAheadDays: lookAheadDays, knownOn: knownOn)
        let schedules = self.schedules
        let project = self
        let validation = BackgroundTask { project.checks() }
        let evaluation = evaluator.evaluate(workspace, schedules: schedules)
        let report = municipality.map { evaluation.report.restricted(toMunicipality: $0.rawValue) } ?? evaluation.report
        return ComplianceRun(report: report, executions: evaluation.executions, findings: validation.wait())
    }

    /// What is overdue and what falls due within `within` days of `asOf`, by responsible unit.
    /// With `municipality` only it and its schools are listed; the whole workspace is validated
    /// (the narrowed one lacks the regional plan its links point to).
    public func deadlines(
        asOf: LocalDate, within: Int = 14, knownOn: LocalDate? = nil, municipality: MunicipalityID? = nil
    ) throws(UnknownUnit) -> DeadlinesRun {
        guard let municipality else {
            let run = try evaluate(asOf: asOf, knownOn: knownOn, lookAheadDays: within)
            let list = DeadlineList(workspace: workspace, executions: run.executions, asOf: asOf, within: within)
            return DeadlinesRun(list: list, findings: run.findings)
        }
        _ = try self.municipality(municipality)
        let schedules = self.schedules
        let findings = checks()
        // Narrowing keeps every roadmap as it is, so both read the one schedule index.
        var narrowed = workspace
        narrowed.units.schools = narrowed.units.schools.filter { $0.municipality == municipality }
        narrowed.units.municipalities = narrowed.units.municipalities.filter { $0.id == municipality }
        narrowed.regionalPlan = nil
        let evaluator = ComplianceEvaluator(asOf: asOf, lookAheadDays: within, knownOn: knownOn)
        let evaluation = evaluator.evaluate(narrowed, schedules: schedules)
        let list = DeadlineList(workspace: narrowed, executions: evaluation.executions, asOf: asOf, within: within)
        return DeadlinesRun(list: list, findings: findings)
    }
}
