extension Validator {
    /// Runs every check — this layer's `Validator.checks`, then the cascade's `CascadeChecks` —
    /// and returns the findings sorted by file, then location, errors first. `schedules` is the
    /// workspace's `ScheduleIndex` when the caller already has one (compliance builds the same);
    /// otherwise it is built here.
    public static func validate(_ workspace: Workspace, schedules: ScheduleIndex? = nil) -> [Finding] {
        let schedules = schedules ?? ScheduleIndex(workspace)
        return sorted(findings(workspace, schedules: schedules) + CascadeChecks.check(workspace, schedules))
    }
}
