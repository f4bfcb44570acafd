import Foundation

/// A CSV file that cannot be read. Each case names the file, the line and what was expected.
package enum CSVError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    /// The file has no header line.
    case empty(fileName: String)
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(fileName: String, line: Int)
    /// After a closing quote came something other than a separator or the end of the line.
    case textAfterClosingQuote(fileName: String, line: Int, found: Character)

    /// The 1-based line the error is about (0 for a file-level error).
    package var line: Int {
        switch self {
        case .empty: 0
        case .unterminatedQuote(_, let line), .textAfterClosingQuote(_, let line, _): line
        }
    }

    package var description: String { message.en }

    package var errorDescription: String? { description }

    /// The message in both languages.
    package var message: LocalizedText {
        switch self {
        case .empty(let file):
            LocalizedText(
                ru: "\(file): файл пуст, ожидалась строка заголовков",
                en: "\(file): the file is empty; expected a header line")
        case .unterminatedQuote(let file, let line):
            LocalizedText(
                ru: "\(file):\(line): кавычка, открытая в этой строке, не закрыта до конца файла; ожидалась закрывающая \"",
                en: "\(file):\(line): the quote opened on this line is never closed; expected a closing \" before the end of the file"
            )
        case .textAfterClosingQuote(let file, let line, let found):
            LocalizedText(
                ru:
                    "\(file):\(line): после закрывающей кавычки стоит «\(found)»; ожидался разделитель или конец строки (кавычку внутри поля пишут как \"\")",
                en:
                    "\(file):\(line): found \"\(found)\" after a closing quote; expected a separator or the end of the line (write a quote inside a field as \"\")"
            )
        }
    }
}
