import RoadmapKit

/// Ids of units given on the command line (`--municipality`, `--school`). One rule for every
/// command: an id the workspace does not have is a usage error (exit 2) that names the register and
/// suggests the closest id.
enum UnitArguments {
    static func checkMunicipality(_ id: String, in workspace: Workspace, spec: CommandSpec, context: CommandContext)
        throws(UsageError)
    {
        let ids = workspace.units.municipalities.map(\.id.rawValue)
        guard !ids.contains(id) else { return }
        throw unknown(
            id, among: ids, spec: spec, context: context, ru: "муниципалитета «\(id)» нет в units.json",
            en: "no municipality '\(id)' in units.json")
    }

    static func checkSchool(_ id: String, in workspace: Workspace, spec: CommandSpec, context: CommandContext)
        throws(UsageError)
    {
        let ids = workspace.units.schools.map(\.id.rawValue)
        guard !ids.contains(id) else { return }
        throw unknown(
            id, among: ids, spec: spec, context: context, ru: "школы «\(id)» нет в units.json",
            en: "no school '\(id)' in units.json")
    }

    /// The school `text` names: its id, or a name as `SchoolLookup` reads it (full, short or the
    /// usual short form, quotes and «№» spellings alike); anything else is `checkSchool`'s usage error.
    static func school(_ text: String, in workspace: Workspace, spec: CommandSpec, context: CommandContext)
        throws(UsageError) -> SchoolID
    {
        if let id = SchoolLookup(workspace.units.schools).school(text) { return id }
        try checkSchool(text, in: workspace, spec: spec, context: context)
        return SchoolID(text)
    }

    private static func unknown(
        _ id: String, among ids: [String], spec: CommandSpec, context: CommandContext, ru: String, en: String
    ) -> UsageError {
        var message = context.text(ru: ru, en: en)
        if let suggestion = ArgumentParser.suggest(id, among: ids) {
            message += context.text(ru: "; возможно, вы имели в виду «\(suggestion)»", en: "; did you mean '\(suggestion)'?")
        }
        return UsageError(message, command: spec.name)
    }
}
