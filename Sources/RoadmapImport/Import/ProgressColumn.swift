/// A column of a progress spreadsheet, recognised by its header in English or Russian.
package enum ProgressColumn: String, CaseIterable, Sendable, Hashable {
    /// The reporting unit's id or name: a school, a municipality or the region (школа, ОО,
    /// организация, участник).
    case school
    /// Activity id or number (мероприятие, № мероприятия, пункт).
    case activity
    /// Статус: выполнено / в работе / не начато (done / in progress / not started).
    case status
    /// Дата выполнения (DD.MM.YYYY or YYYY-MM-DD).
    case completedOn
    /// Подтверждающий документ(ы), several separated by «;» or line breaks.
    case evidence
    /// Количество (events or persons counted).
    case count
    /// Комментарий / примечание.
    case comment
    /// Кто отчитался.
    case reportedBy
    /// Дата отчёта.
    case reportedOn
    /// Срок (for recurring activities: the occurrence's deadline reported on).
    case occurrence

    /// Header names, folded (lowercase, `ё` → `е`, single spaces, no punctuation).
    package var headerNames: [String] {
        switch self {
        case .school:
            [
                "school", "school id", "school name", "школа", "оо", "код школы", "id школы", "наименование оо",
                "образовательная организация", "общеобразовательная организация", "организация", "участник",
                "unit", "organisation", "organization", "participant",
            ]
        case .activity:
            [
                "activity", "activity id", "activity number", "number", "мероприятие", "n", "n мероприятия",
                "номер мероприятия", "id мероприятия", "пункт", "n п п", "n пункта",
            ]
        case .status: ["status", "статус", "статус исполнения", "статус выполнения", "исполнение", "выполнение"]
        case .completedOn:
            [
                "completed on", "completed", "completion date", "date done", "дата выполнения", "дата исполнения",
                "выполнено дата", "дата",
            ]
        case .evidence:
            [
                "document", "documents", "evidence", "документ", "документы", "подтверждающий документ",
                "подтверждающие документы", "отчетный документ", "ссылка",
            ]
        case .count: ["count", "количество", "кол во"]
        case .comment: ["comment", "comments", "note", "комментарий", "примечание"]
        case .reportedBy: ["reported by", "reporter", "кто отчитался", "отчитался", "кто заполнил", "заполнил"]
        case .reportedOn: ["reported on", "report date", "дата отчета", "дата заполнения"]
        case .occurrence: ["occurrence", "deadline", "срок", "срок отчета"]
        }
    }

    /// A header folded for comparison: lowercase, `ё` → `е`, `№` → `n`, punctuation dropped.
    package static func fold(_ header: String) -> String {
        var text = ""
        for c in header.lowercased() {
            if c == "ё" {
                text.append("е")
            } else if c == "№" {
                text.append(" n ")
            } else if c.isLetter || c.isNumber {
                text.append(c)
            } else {
                text.append(" ")
            }
        }
        return text.split(separator: " ").joined(separator: " ")
    }

    /// The column a header names, if any.
    package static func recognise(_ header: String) -> ProgressColumn? {
        let folded = fold(header)
        return allCases.first { $0.headerNames.contains(folded) }
    }
}
