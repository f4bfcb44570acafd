import Foundation

/// The Russian form of a `DecodingError`'s description. Foundation's decoder carries only one
/// string, so the model types' `init(from:)` (dates, periods, links, checkpoints, terms) write it
/// in English; the phrases they use are translated here, and anything else (Foundation's own
/// wording) becomes a general «неверное значение» with no English in it.
enum DecodingProblemText {
    /// English phrases of the model decoders and their Russian forms, longest first where one
    /// starts another.
    static let phrases: [(en: String, ru: String)] = [
        ("expected a date as YYYY-MM-DD that exists", "ожидается: " + JSONForms.date.ru),
        ("expected a day of the year as MM-DD", "ожидается: день года в виде ММ-ДД"),
        ("expected 0 ≤ minimum ≤ target ≤ 100", "ожидается 0 ≤ минимум ≤ цель ≤ 100"),
        (
            "expected a period such as \"2023\", \"2021-2022 учебный год\" or \"2022-2025 гг.\"",
            "ожидается: " + JSONForms.period.ru
        ),
        ("expected a link such as \"region:5\" or \"municipality:2.1\"", "ожидается: " + JSONForms.link.ru),
        ("expected a term such as \"01.09-27.10\"", "ожидается: четверть, например «01.09-27.10»"),
        ("terms must follow one another in the school year:", "четверти должны идти одна за другой в учебном году:"),
    ]

    /// `english` in Russian: a known phrase translated, its «found "…"» tail kept with the text
    /// found in guillemets.
    static func russian(_ english: String) -> String {
        if let counted = termCount(english) { return counted }
        guard let phrase = phrases.first(where: { english.hasPrefix($0.en) }) else { return "неверное значение" }
        let rest = english.dropFirst(phrase.en.count)
        if rest.isEmpty { return phrase.ru }
        if rest.hasPrefix(", found \""), rest.hasSuffix("\""), rest.count >= 10 {
            return phrase.ru + ", найдено «" + rest.dropFirst(9).dropLast() + "»"
        }
        if phrase.en.hasSuffix(":") { return phrase.ru + rest }
        return "неверное значение"
    }

    /// «expected 4 terms such as "01.09-27.10", found 3».
    private static func termCount(_ english: String) -> String? {
        let words = english.split(separator: " ")
        guard words.count == 8, words[0] == "expected", words[2] == "terms", words[6] == "found",
            let expected = Int(words[1]), let found = Int(words[7])
        else { return nil }
        return "ожидается четвертей: \(expected), например «01.09-27.10», найдено: \(found)"
    }
}
