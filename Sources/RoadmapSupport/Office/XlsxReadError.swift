/// Why a workbook (.xlsx) could not be read. Every case names the file.
package enum XlsxReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The zip container could not be read.
    case archive(ZipReadError)
    /// A part is not well-formed XML.
    case xml(file: String, part: String, offset: Int, detail: LocalizedText)
    /// A required part or relationship is missing.
    case missingPart(file: String, part: String)
    /// `--sheet NAME` names no sheet; the workbook's sheets are listed.
    case unknownSheet(file: String, name: String, sheets: [String])
    /// The workbook has no sheets.
    case noSheets(file: String)
    /// A cell refers to a shared string that does not exist.
    case badSharedString(file: String, sheet: String, cell: String, index: String)

    package var message: LocalizedText {
        switch self {
        case .archive(let error): error.message
        case .xml(let file, let part, let offset, let detail):
            LocalizedText(
                ru: "\(file): \(part), байт \(offset): \(detail.ru)", en: "\(file): \(part), byte \(offset): \(detail.en)")
        case .missingPart(let file, let part):
            LocalizedText(
                ru: "\(file): не книга Excel: нет части \(part)", en: "\(file): not an Excel workbook: no part \(part)")
        case .unknownSheet(let file, let name, let sheets):
            LocalizedText(
                ru: "\(file): нет листа «\(name)»; листы книги: \(sheets.map { "«\($0)»" }.joined(separator: ", "))",
                en: "\(file): no sheet \"\(name)\"; the workbook's sheets: \(sheets.map { "\"\($0)\"" }.joined(separator: ", "))"
            )
        case .noSheets(let file):
            LocalizedText(ru: "\(file): в книге нет листов", en: "\(file): the workbook has no sheets")
        case .badSharedString(let file, let sheet, let cell, let index):
            LocalizedText(
                ru: "\(file): лист «\(sheet)», ячейка \(cell): нет общей строки \(index)",
                en: "\(file): sheet \"\(sheet)\", cell \(cell): no shared string \(index)")
        }
    }

    package var description: String { message.en }
}
