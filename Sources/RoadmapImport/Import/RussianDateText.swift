import Foundation

/// Dates as order headers write them: «17.01.2022 г.», «от 17.01.22», «« 13 » января 2023 года»,
/// «от 27 апреля 2020 г.», «От « 03 » 06 2022 года».
enum RussianDateText {
    static let monthStems = [
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
    ]

    /// The first date in a text, or `nil`.
    static func firstDate(in text: String) -> LocalDate? {
        let tokens = text.split(whereSeparator: { $0.isWhitespace || "«»\"“”,()".contains($0) }).map(String.init)
        for (i, token) in tokens.enumerated() {
            // dd.mm.yyyy or dd.mm.yy
            let parts = token.trimmingCharacters(in: CharacterSet(charactersIn: ".г")).split(separator: ".")
            if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]),
                parts[0].count <= 2, parts[1].count <= 2
            {
                if parts[2].count == 2 { y += 2000 }
                if let date = LocalDate(year: y, month: m, day: d) { return date }
            }
            // dd month yyyy / dd mm yyyy
            guard let d = Int(token), token.count <= 2, i + 2 < tokens.count,
                let y = Int(tokens[i + 2].prefix(4)), tokens[i + 2].count >= 4, (1900...2100).contains(y)
            else { continue }
            let monthToken = tokens[i + 1].lowercased()
            var month: Int?
            if let m = Int(monthToken), monthToken.count <= 2 {
                month = m
            } else if let index = monthStems.firstIndex(where: { monthToken.hasPrefix($0) && monthToken.count <= $0.count + 2 }) {
                month = index + 1
            }
            if let month, let date = LocalDate(year: y, month: month, day: d) { return date }
        }
        return nil
    }
}
