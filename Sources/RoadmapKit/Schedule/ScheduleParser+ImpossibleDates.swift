extension ScheduleParser {
    /// Dates written as `DD.MM.YYYY` (or `D.M.YYYY`) whose day does not exist: «31.02.2023», «15.13.2023».
    ///
    /// The parser reports these as `impossible-date` rather than as text it did not understand, so
    /// `validate` names the real problem.
    static func impossibleDates(in text: String) -> [String] {
        let tokens = text.split(whereSeparator: { !($0.isASCII && ($0.isNumber || $0 == ".")) })
        var result: [String] = []
        for token in tokens {
            let trimmed = token.drop(while: { $0 == "." })
            let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 3, parts.prefix(3).allSatisfy({ !$0.isEmpty }),
                parts.count == 3 || parts.dropFirst(3).allSatisfy(\.isEmpty),
                parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
                let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
            else { continue }
            if LocalDate(year: year, month: month, day: day) == nil {
                result.append(parts.prefix(3).joined(separator: "."))
            }
        }
        return result
    }

    /// The warnings for `impossibleDates(in:)`.
    static func impossibleDateWarnings(in text: String) -> [ScheduleWarning] {
        impossibleDates(in: text).map { date in
            ScheduleWarning(
                .impossibleDate, ru: "такой даты нет: «\(date)»", en: "no such date: “\(date)”")
        }
    }
}
