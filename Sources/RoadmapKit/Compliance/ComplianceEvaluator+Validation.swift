extension ComplianceEvaluator {
    /// The evaluation together with the workspace's validation findings (`Validator.validate`), as
    /// `roadmap compliance` reports them: both read one `ScheduleIndex`, and validation runs on
    /// another thread beside the evaluation, so each fills the cores the other leaves idle in its
    /// serial steps.
    package func evaluateValidating(_ workspace: Workspace) -> (evaluation: Evaluation, findings: [Finding]) {
        let schedules = ScheduleIndex(workspace)
        let validation = BackgroundTask { Validator.validate(workspace, schedules: schedules) }
        let evaluation = evaluate(workspace, schedules: schedules)
        return (evaluation, validation.wait())
    }
}
