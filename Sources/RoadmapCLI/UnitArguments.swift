import RoadmapKit

/// Ids of units given on the command line (`--municipality`, `--school`). One rule for every
/// command: an id the workspace does not have is a usage error (exit 2) that names the register and
/// suggests the closest id.
enum UnitArguments {
    static func checkMunicipality(_ id: MunicipalityID, in workspace: Workspace, spec: CommandSpec) throws(UsageError) {
        do { _ = try RoadmapProject(workspace: workspace).municipality(id) } catch { throw usage(error, spec: spec) }
    }

    /// The school `id` names — its id, or its name as people write it (`RoadmapProject.school(named:)`).
    @discardableResult
    static func checkSchool(_ id: SchoolID, in workspace: Workspace, spec: CommandSpec) throws(UsageError) -> SchoolID {
        do { return try RoadmapProject(workspace: workspace).school(named: id.rawValue).id } catch {
            throw usage(error, spec: spec)
        }
    }

    /// The usage error of an id the workspace does not have.
    static func usage(_ unknown: UnknownUnit, spec: CommandSpec) -> UsageError {
        UsageError(unknown.message, command: spec.name).suggesting(unknown.id, among: unknown.known)
    }
}
