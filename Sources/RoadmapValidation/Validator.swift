/// Checks a loaded workspace and returns findings with stable codes.
///
/// Each check is a function from the workspace to findings; `Validator.checks` lists them in the
/// order they run. The cascade's checks sit in a layer this one does not see: `Validator.validate`
/// in RoadmapKit runs both and sorts the findings together.
public enum Validator {
    /// One check over a workspace, with the workspace's parsed schedules.
    package typealias Check = @Sendable (Workspace, ScheduleIndex) -> [Finding]

    /// The checks of this layer, in order.
    package static let checks: [Check] = [
        UnitChecks.check,
        SettingsBounds.check,
        RoadmapChecks.check,
        LinkChecks.check,
        ProgressChecks.check,
    ]

    /// The findings of `checks`, in check order, unsorted.
    package static func findings(_ workspace: Workspace, schedules: ScheduleIndex) -> [Finding] {
        checks.flatMap { $0(workspace, schedules) }
    }

    /// Orders findings for output: by file, then by location (numerically where possible).
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            return a.offset < b.offset
        }.map(\.element)
    }
}
