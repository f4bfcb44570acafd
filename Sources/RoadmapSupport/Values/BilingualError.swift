/// An error a person reads: its message in Russian and in English, side by side.
///
/// Every error type of the library that can reach a user conforms; the CLI prints
/// `message.text(language)` with `ошибка: ` / `error: ` in front, so no English-only text reaches
/// a Russian user. `description` (for logs and debugging) is the English message.
public protocol BilingualError: Error {
    /// The message in both languages.
    var message: LocalizedText { get }
}

extension WorkspaceError: BilingualError {}
extension TextEncodingError: BilingualError {}
extension CSVError: BilingualError {}
extension ZipReadError: BilingualError {}
extension DocxReadError: BilingualError {}
extension XlsxReadError: BilingualError {}
extension ZipWriter.Failure: BilingualError {}
extension ZipWriteError: BilingualError {}
