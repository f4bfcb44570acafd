/// Why a zip archive (a .docx or .xlsx file) could not be read. Every case names the file; the
/// ones about one entry name the entry too.
package enum ZipReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No end-of-central-directory record: not a zip file, or cut short.
    case notZip(file: String)
    /// A structure points outside the file or stops in the middle.
    case truncated(file: String, detail: String)
    /// A record does not start with its signature.
    case corrupt(file: String, detail: String)
    /// ZIP64 archives (over 4 GiB or 65,535 entries) are not read.
    case zip64(file: String)
    /// Split over several disks, or encrypted.
    case unsupported(file: String, entry: String, detail: LocalizedText)
    /// A compression method other than stored (0) or deflate (8).
    case unsupportedMethod(file: String, entry: String, method: Int)
    /// Refused before inflating because a limit would be exceeded.
    case limitExceeded(file: String, detail: LocalizedText)
    /// The entry's data could not be inflated.
    case badData(file: String, entry: String, detail: LocalizedText)
    /// The inflated data differs from the entry's size or CRC-32.
    case checksum(file: String, entry: String, expected: UInt32, found: UInt32)
    case sizeMismatch(file: String, entry: String, expected: Int, found: Int)
    /// The archive has no entry of that name.
    case missingEntry(file: String, entry: String)

    package var message: LocalizedText {
        switch self {
        case .notZip(let file):
            LocalizedText(
                ru: "\(file): не zip-архив (ожидался файл .docx или .xlsx; возможно, файл обрезан или это старый формат .doc/.xls)",
                en: "\(file): not a zip archive (expected a .docx or .xlsx file; it may be truncated or in the old .doc/.xls format)")
        case .truncated(let file, let detail):
            LocalizedText(
                ru: "\(file): архив обрезан: \(detail) выходит за конец файла",
                en: "\(file): the archive is truncated: \(detail) runs past the end of the file")
        case .corrupt(let file, let detail):
            LocalizedText(ru: "\(file): архив повреждён: \(detail)", en: "\(file): the archive is damaged: \(detail)")
        case .zip64(let file):
            LocalizedText(
                ru: "\(file): архив ZIP64 (больше 4 ГиБ или 65 535 файлов) не поддерживается",
                en: "\(file): ZIP64 archives (over 4 GiB or 65,535 entries) are not supported")
        case .unsupported(let file, let entry, let detail):
            LocalizedText(ru: "\(file): \(entry): \(detail.ru)", en: "\(file): \(entry): \(detail.en)")
        case .unsupportedMethod(let file, let entry, let method):
            LocalizedText(
                ru: "\(file): \(entry): метод сжатия \(method) не поддерживается (ожидались 0 или 8 — deflate)",
                en: "\(file): \(entry): compression method \(method) is not supported (expected 0, or 8 for deflate)")
        case .limitExceeded(let file, let detail):
            LocalizedText(
                ru: "\(file): архив отклонён, похоже на zip-бомбу: \(detail.ru)",
                en: "\(file): archive refused as a possible zip bomb: \(detail.en)")
        case .badData(let file, let entry, let detail):
            LocalizedText(ru: "\(file): \(entry): \(detail.ru)", en: "\(file): \(entry): \(detail.en)")
        case .checksum(let file, let entry, let expected, let found):
            LocalizedText(
                ru:
                    "\(file): \(entry): контрольная сумма CRC-32 \(String(found, radix: 16)) вместо \(String(expected, radix: 16)); файл повреждён",
                en:
                    "\(file): \(entry): CRC-32 is \(String(found, radix: 16)), expected \(String(expected, radix: 16)); the file is damaged"
            )
        case .sizeMismatch(let file, let entry, let expected, let found):
            LocalizedText(
                ru: "\(file): \(entry): распаковано \(found) байт, а в заголовке \(expected)",
                en: "\(file): \(entry): inflated to \(found) bytes, the header says \(expected)")
        case .missingEntry(let file, let entry):
            LocalizedText(
                ru: "\(file): в архиве нет части \(entry)", en: "\(file): the archive has no part \(entry)")
        }
    }

    package var description: String { message.en }
}
