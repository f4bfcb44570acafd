import Foundation

/// Why a document could not be imported. Each case names the file.
package enum ImportError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
    /// No table header with an activity column and no numbered activity list were found.
    case noActivityColumn(fileName: String)
    /// The period is neither given nor stated in the preamble.
    case noPeriod(fileName: String)
    /// The document has no text.
    case empty(fileName: String)

    package var message: LocalizedText {
        switch self {
        case .noActivityColumn(let file):
            LocalizedText(
                ru:
                    "\(file): не найден столбец мероприятий или сроков: ожидался заголовок таблицы вроде «Мероприятие | Сроки | Ответственный» или нумерованный список мероприятий со сроками",
                en:
                    "\(file): no activity or deadline column found: expected a table header such as «Мероприятие | Сроки | Ответственный» or a numbered list of activities with deadlines"
            )
        case .noPeriod(let file):
            LocalizedText(
                ru:
                    "\(file): период не указан в документе (ожидалось «на 2022 – 2024 годы», «2021-2022 учебный год» или «в 2023 году»)",
                en:
                    "\(file): the document states no period (expected «на 2022 – 2024 годы», «2021-2022 учебный год» or «в 2023 году»)"
            )
        case .empty(let file):
            LocalizedText(ru: "\(file): документ пуст", en: "\(file): the document is empty")
        }
    }

    package var description: String { message.en }
    package var errorDescription: String? { description }
}
