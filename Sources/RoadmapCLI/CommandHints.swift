import RoadmapKit

/// What the CLI adds to a library message: the command or option that fixes the problem. The
/// library describes the problem; only the CLI knows its own flags and commands.
enum CommandHints {
    /// The hint after an error's message (starting with its separator), or an empty text.
    static func hint(for error: any Error) -> LocalizedText {
        switch error {
        case WorkspaceError.notAWorkspace:
            LocalizedText(ru: " (создайте её: roadmap init)", en: " (create one with `roadmap init`)")
        case ImportError.noPeriod:
            LocalizedText(ru: "; укажите --period", en: "; pass --period")
        default:
            LocalizedText(ru: "", en: "")
        }
    }
}
