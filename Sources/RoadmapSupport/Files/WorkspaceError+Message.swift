extension WorkspaceError {
    /// The error in both languages (`description` is the English one). An unreadable file's reason
    /// is one of `FileProblem`'s texts, given in Russian here; an invalid file's is bilingual.
    public var message: LocalizedText {
        switch self {
        case .notAWorkspace(let path):
            LocalizedText(
                ru: "\(path): это не рабочая область: нет workspace.json",
                en: description)
        case .unreadable(let path, let reason):
            LocalizedText(ru: "\(path): файл не прочитан: \(FileProblem.russian(reason))", en: description)
        case .invalidFile(let path, let location, let reason):
            LocalizedText(ru: "\(path)\(location.map { ":" + $0 } ?? ""): файл не прочитан: \(reason.ru)", en: description)
        case .schemaTooNew(let path, let found, let supported):
            LocalizedText(
                ru: "\(path): schemaVersion \(found) новее, чем поддерживает эта версия программы (\(supported)); обновите roadmap",
                en: description)
        case .writeFailed(let path, let reason):
            LocalizedText(ru: "\(path): запись не удалась: \(FileProblem.russian(reason))", en: description)
        case .unsafeID(let id):
            LocalizedText(
                ru: "идентификатор «\(id)» нельзя использовать как имя файла (допустимы A-Z a-z 0-9 . _ -, не с точки в начале)",
                en: description)
        case .alreadyExists(let path):
            LocalizedText(ru: "\(path): уже существует; перезапись отменена", en: description)
        }
    }
}
