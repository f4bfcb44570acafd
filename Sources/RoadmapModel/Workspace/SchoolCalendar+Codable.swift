/// The school calendar as data: `{"quarters": ["01.09-27.10", …], "trimesters": ["01.09-30.11", …]}`,
/// each term «ДД.ММ-ДД.ММ» (months September–December in the year the school year starts, the rest
/// in the next). A list left out keeps the usual dates (`SchoolCalendar.standard`). Four quarters and
/// three trimesters, each ending after it starts, in school-year order without overlaps.
extension SchoolCalendar: Codable {
    enum CodingKeys: String, CodingKey { case quarters, trimesters }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func terms(_ key: CodingKeys, count: Int, usual: [Term]) throws -> [Term] {
            guard let texts = try c.decodeIfPresent([String].self, forKey: key) else { return usual }
            guard texts.count == count else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "expected \(count) terms such as \"01.09-27.10\", found \(texts.count)")
            }
            let terms = try texts.map { text in
                guard let term = Term(parsing: text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: c, debugDescription: "expected a term such as \"01.09-27.10\", found \"\(text)\"")
                }
                return term
            }
            for (a, b) in zip(terms, terms.dropFirst()) where Term.order(b.start) <= Term.order(a.end) {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "terms must follow one another in the school year: \(a.text), \(b.text)")
            }
            return terms
        }
        let usual = SchoolCalendar.standard
        self.init(
            quarters: try terms(.quarters, count: 4, usual: usual.quarters),
            trimesters: try terms(.trimesters, count: 3, usual: usual.trimesters))
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(quarters.map(\.text), forKey: .quarters)
        try c.encode(trimesters.map(\.text), forKey: .trimesters)
    }
}

extension SchoolCalendar.Term {
    /// «01.09-27.10»: the first and last day, start before end in the school year; `nil` otherwise.
    package init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { String($0).trimmedWhitespace }
        guard parts.count == 2, let start = Self.day(parts[0]), let end = Self.day(parts[1]),
            Self.order(start) <= Self.order(end)
        else { return nil }
        self.init(start.month, start.day, end.month, end.day)
    }

    /// «01.09-27.10».
    package var text: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(start.day)).\(two(start.month))-\(two(end.day)).\(two(end.month))"
    }

    /// A day «ДД.ММ» that exists in some year (29.02 included).
    package static func day(_ text: String) -> (month: Int, day: Int)? {
        let numbers = text.split(separator: ".")
        guard numbers.count == 2, let day = Int(numbers[0]), let month = Int(numbers[1]), (1...12).contains(month),
            day >= 1, day <= LocalDate.daysIn(month: month, year: 2024)
        else { return nil }
        return (month, day)
    }

    /// A day's place in the school year (September first).
    package static func order(_ md: (month: Int, day: Int)) -> Int { (md.month >= 9 ? md.month - 9 : md.month + 3) * 100 + md.day }
}
