/// Why a Word document (.docx) could not be read. Every case names the file.
package enum DocxReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The zip container could not be read.
    case archive(ZipReadError)
    /// A part is not well-formed XML.
    case xml(file: String, part: String, offset: Int, detail: LocalizedText)
    /// The main document part is missing.
    case missingPart(file: String, part: String)

    package var message: LocalizedText {
        switch self {
        case .archive(let error): error.message
        case .xml(let file, let part, let offset, let detail):
            LocalizedText(
                ru: "\(file): \(part), байт \(offset): \(detail.ru)", en: "\(file): \(part), byte \(offset): \(detail.en)")
        case .missingPart(let file, let part):
            LocalizedText(
                ru: "\(file): не документ Word: нет части \(part)", en: "\(file): not a Word document: no part \(part)")
        }
    }

    package var description: String { message.en }
}
