import Foundation

/// A column of a participating-schools list (список школ — участников «500+») and the header
/// names it is recognised by, in Russian and English, in any order.
package enum SchoolListColumn: String, CaseIterable, Sendable, Hashable {
    /// Муниципалитет / муниципальное образование. Required.
    case municipality
    /// Полное наименование ОО. Required.
    case name
    /// Краткое наименование ОО.
    case shortName
    /// Код ОО / ИНН.
    case code
    /// ШНОР: school with low results.
    case lowResults
    /// ШССУ / ШНСУ: school in difficult social conditions.
    case difficultConditions
    /// Год участия в «500+» (or a yes/no «Участник 500+»).
    case participation
    /// Рисковые направления, several in one cell separated by `;` or line breaks.
    case riskDirections
    /// Ответственный.
    case responsible

    /// Whether an import is refused without this column.
    package var isRequired: Bool { self == .municipality || self == .name }

    /// Header names, in the folded form of `normalizedHeader`.
    package var headerNames: [String] {
        switch self {
        case .municipality:
            [
                "муниципалитет", "муниципальное образование", "мо", "муниципальный район", "муниципальный округ",
                "муниципальный район городской округ", "муниципальное образование городской округ", "мр го",
                "мо го", "район", "municipality", "district",
            ]
        case .name:
            [
                "наименование оо", "полное наименование", "полное наименование оо", "наименование",
                "наименование организации", "наименование образовательной организации",
                "полное наименование образовательной организации", "образовательная организация", "оо", "школа",
                "name", "full name", "school", "school name", "school full name",
            ]
        case .shortName:
            [
                "краткое наименование", "краткое наименование оо", "сокращенное наименование",
                "сокращенное наименование оо", "short name", "school short name",
            ]
        case .code: ["код", "код оо", "инн", "инн оо", "огрн", "code", "school code", "inn"]
        case .lowResults: ["шнор", "low results", "low results school"]
        case .difficultConditions:
            ["шссу", "шнсу", "шссу шнсу", "шнсу шссу", "difficult conditions", "difficult social conditions"]
        case .participation:
            [
                "год участия", "годы участия", "500", "участник 500", "участие в 500", "участие в проекте 500",
                "год участия в 500", "year", "500 year", "participation year", "participation",
            ]
        case .riskDirections:
            [
                "рисковые направления", "риски", "рисковый профиль", "рисковые профили", "факторы риска",
                "направления", "risk directions", "risks", "risk profile",
            ]
        case .responsible:
            [
                "ответственный", "ответственное лицо", "ответственный за реализацию",
                "ответственный за реализацию дорожной карты", "контактное лицо", "responsible", "responsible person",
            ]
        }
    }

    /// The column a header names, or nil.
    package static func recognize(_ header: String) -> SchoolListColumn? {
        let folded = normalizedHeader(header)
        return allCases.first { $0.headerNames.contains(folded) }
    }

    /// Lowercase, `ё` → `е`, every run of characters other than letters and digits → one space.
    package static func normalizedHeader(_ header: String) -> String {
        var words: [String] = []
        var current = ""
        for character in header.lowercased().replacingOccurrences(of: "ё", with: "е") {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }
}
