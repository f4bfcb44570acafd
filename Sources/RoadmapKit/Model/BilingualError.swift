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
extension ImportError: BilingualError {}
extension CascadeError: BilingualError {}
extension ZipReadError: BilingualError {}
extension DocxReadError: BilingualError {}
extension XlsxReadError: BilingualError {}
extension UnknownUnit: BilingualError {}
extension Workspace.AmendError: BilingualError {}
extension SkeletonRun.Failure: BilingualError {}
extension ProgressFormRun.Failure: BilingualError {}
extension LinkSuggester.LinkError: BilingualError {}
extension StatusFileError: BilingualError {}
extension ZipWriter.Failure: BilingualError {}
extension ZipWriteError: BilingualError {}
extension ProgressImporter.FileError: BilingualError {}
extension SchoolListImport.Failure: BilingualError {}
extension WorkspaceImport.Exists: BilingualError {}
