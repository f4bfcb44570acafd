/// How an item that is not done counts in a percentage (Docs/compliance.md, «Credit for work under
/// way»). Named in `workspace.json` (`credit`) and in every report.
package enum CreditPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// Done = 1; reported in progress while its window is open = the share of the window elapsed at
    /// the as-of date; nothing reported (or in progress after its deadline) = 0. The default.
    case elapsedShare = "elapsed-share"
    /// Done = 1, anything else 0 (the reading before credit for work under way).
    case doneOnly = "done-only"

    /// The policy named for a person.
    package var description: LocalizedText {
        switch self {
        case .elapsedShare:
            LocalizedText(
                ru: "выполнено — 1; «в работе» в открытом окне срока — доля прошедшего окна; иначе 0",
                en: "done = 1; in progress within an open window = the elapsed share of the window; otherwise 0")
        case .doneOnly:
            LocalizedText(ru: "только выполненные (в работе — 0)", en: "done only (in progress = 0)")
        }
    }
}
