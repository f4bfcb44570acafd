/// Checks a loaded workspace and returns findings with stable codes.
///
/// Each check is a function from the workspace to findings; `Validator.checks` lists them in the
/// order they run. Later modules (cascade) add their own checks to the list.
public enum Validator {
    /// One check over a workspace, with the workspace's parsed schedules.
    public typealias Check = @Sendable (Workspace, ScheduleIndex) -> [Finding]

    /// All checks, in order.
    public static let checks: [Check] = [
        UnitChecks.check,
        SettingsBounds.check,
        RoadmapChecks.check,
        LinkChecks.check,
        ProgressChecks.check,
        CascadeChecks.check,
    ]

    /// Runs every check; findings sorted by file, then location, errors first. `schedules` is the
    /// workspace's `ScheduleIndex` when the caller already has one (compliance builds the same);
    /// otherwise it is built here.
    public static func validate(_ workspace: Workspace, schedules: ScheduleIndex? = nil) -> [Finding] {
        let schedules = schedules ?? ScheduleIndex(workspace)
        return sorted(checks.flatMap { $0(workspace, schedules) })
    }

    /// Orders findings for output: by file, then by location (numerically where possible).
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            return a.offset < b.offset
        }.map(\.element)
    }
}
