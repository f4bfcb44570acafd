import RoadmapKit

/// Ids of units given on the command line (`--municipality`, `--school`). One rule for every
/// command: an id the workspace does not have is a usage error (exit 2) that names the register and
/// suggests the closest id.
enum UnitArguments {
    static func checkMunicipality(_ id: MunicipalityID, in workspace: Workspace, spec: CommandSpec) throws(UsageError) {
        do { _ = try RoadmapProject(workspace: workspace).municipality(id) } catch { throw usage(error, spec: spec) }
    }

    static func checkSchool(_ id: SchoolID, in workspace: Workspace, spec: CommandSpec) throws(UsageError) {
        do { _ = try RoadmapProject(workspace: workspace).school(id) } catch { throw usage(error, spec: spec) }
    }

    /// The usage error of an id the workspace does not have.
    static func usage(_ unknown: UnknownUnit, spec: CommandSpec) -> UsageError {
        UsageError(unknown.message, command: spec.name).suggesting(unknown.id, among: unknown.known)
    }
}
