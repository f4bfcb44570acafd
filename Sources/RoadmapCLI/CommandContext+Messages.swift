import RoadmapKit

/// The one place errors and warnings are printed: `ошибка: …` / `предупреждение: …` in Russian,
/// `error: …` / `warning: …` with `--lang en`.
extension CommandContext {
    /// `ошибка: ` / `error: `.
    static func errorPrefix(_ language: Language) -> String { language == .ru ? "ошибка: " : "error: " }
    /// `предупреждение: ` / `warning: `.
    static func warningPrefix(_ language: Language) -> String {
        language == .ru ? "предупреждение: " : "warning: "
    }

    /// Prints `ошибка: <message>` (or `error: …`) on standard error.
    package func error(_ message: LocalizedText) {
        err(Self.errorPrefix(language) + message.text(language) + "\n")
    }

    /// Prints `ошибка: …` for the message in the context's language.
    package func error(ru: String, en: String) { error(LocalizedText(ru: ru, en: en)) }

    /// Prints `предупреждение: <message>` (or `warning: …`) on standard error.
    package func warning(_ message: LocalizedText) {
        err(Self.warningPrefix(language) + message.text(language) + "\n")
    }

    /// Prints `предупреждение: …` for the message in the context's language.
    package func warning(ru: String, en: String) { warning(LocalizedText(ru: ru, en: en)) }

    /// Prints a failure the way the CLI reports it (see `RoadmapCLI.describe`).
    package func error(_ failure: any Error) { err(RoadmapCLI.describe(failure, language)) }
}
