/// Checks a loaded workspace and returns findings with stable codes.
///
/// Each check is a function from the workspace to findings; `Validator.checks` lists them in the
/// order they run. Later modules (cascade) add their own checks to the list.
public enum Validator {
    /// One check over a workspace.
    public typealias Check = @Sendable (Workspace) -> [Finding]

    /// All checks, in order.
    public static let checks: [Check] = [
        UnitChecks.check,
        RoadmapChecks.check,
        LinkChecks.check,
        ProgressChecks.check,
        CascadeChecks.check,
    ]

    /// Runs every check; findings sorted by file, then location, errors first.
    public static func validate(_ workspace: Workspace) -> [Finding] {
        sorted(checks.flatMap { $0(workspace) })
    }

    /// Orders findings for output: by file, then by location (numerically where possible).
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            return a.offset < b.offset
        }.map(\.element)
    }
}
