import RoadmapKit

/// A command line that does not fit the command: exit code 2. The message is in both languages;
/// the CLI prints the one of the run (`ошибка: …` / `error: …`) with the usage line.
struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    var message: LocalizedText
    /// The command whose usage line to show, if known.
    var command: String?

    init(ru: String, en: String, command: String? = nil) {
        self.message = LocalizedText(ru: ru, en: en)
        self.command = command
    }

    init(_ message: LocalizedText, command: String? = nil) {
        self.message = message
        self.command = command
    }

    var description: String { message.en }

    /// `…; возможно, вы имели в виду «x»` / `…; did you mean 'x'?` when a candidate is close.
    func suggesting(_ word: String, among candidates: [String], prefix: String = "") -> UsageError {
        guard let s = ArgumentParser.suggest(word, among: candidates) else { return self }
        return UsageError(
            ru: message.ru + "; возможно, вы имели в виду «\(prefix)\(s)»",
            en: message.en + "; did you mean '\(prefix)\(s)'?", command: command)
    }
}
extension UsageError: BilingualError {}
