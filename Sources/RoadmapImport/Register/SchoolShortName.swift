/// The usual short form of a school's legal name, for lists that give only the full name.
///
/// «Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3
/// с. Луговое»» is written «МБОУ «СОШ № 3 с. Луговое»» in every roadmap: the organisational form
/// becomes its initials (М/Г/Ч + А/Б/К + О + У), the kind of school its usual abbreviation (СОШ, ООШ,
/// НОШ, СШ, ОШ, ЦО), «имени» becomes «им.», and the number and locality are kept as written.
/// A parenthesised remark after the name («(филиал)») is dropped. Words it does not know are kept,
/// so a name it cannot shorten comes back unchanged rather than guessed.
package enum SchoolShortName {
    /// The short form of `legalName`, or nil when it has nothing to shorten (already short, or not
    /// a school's legal name).
    package static func derive(from legalName: String) -> String? {
        let name = collapseSpaces(dropTrailingRemark(legalName))
        guard !name.isEmpty else { return nil }
        let (formWords, rest) = splitForm(name)
        let form = formWords.isEmpty ? nil : initials(of: formWords)
        if !formWords.isEmpty, form == nil { return nil }
        let body = shortenBody(unquote(rest))
        guard !body.isEmpty else { return nil }
        let result = form.map { "\($0) «\(body)»" } ?? body
        return result == name ? nil : result
    }

    /// Words of the organisational form and the letter each contributes.
    private static let formLetters: [String: String] = [
        "муниципальное": "М", "государственное": "Г", "частное": "Ч", "негосударственное": "Н",
        "автономное": "А", "бюджетное": "Б", "казенное": "К", "казённое": "К",
        "общеобразовательное": "О", "образовательное": "О", "учреждение": "У", "организация": "О",
    ]

    /// Kinds of school and their abbreviations, longest first so «средняя общеобразовательная школа»
    /// wins over «средняя школа».
    private static let kinds: [(phrase: [String], short: String)] = [
        (["средняя", "общеобразовательная", "школа"], "СОШ"),
        (["основная", "общеобразовательная", "школа"], "ООШ"),
        (["начальная", "общеобразовательная", "школа"], "НОШ"),
        (["средняя", "школа"], "СШ"),
        (["основная", "школа"], "ОШ"),
        (["начальная", "школа"], "НШ"),
        (["центр", "образования"], "ЦО"),
        (["лицей"], "Лицей"),
        (["гимназия"], "Гимназия"),
    ]

    /// The leading words that belong to the organisational form, and the rest of the name.
    private static func splitForm(_ name: String) -> (form: [String], rest: String) {
        var form: [String] = []
        var rest = Substring(name)
        while let word = rest.split(separator: " ", maxSplits: 1).first,
            formLetters[word.lowercased()] != nil
        {
            form.append(word.lowercased())
            rest = rest.dropFirst(word.count).drop { $0 == " " }
        }
        // A form must end with «учреждение»/«организация»; otherwise the words were part of the name.
        guard let last = form.last, last == "учреждение" || last == "организация" else { return ([], name) }
        return (form, String(rest))
    }

    private static func initials(of words: [String]) -> String? {
        let letters = words.compactMap { formLetters[$0] }
        return letters.count == words.count ? letters.joined() : nil
    }

    /// The text inside the outer quotes, or the text itself when it is not quoted.
    private static func unquote(_ text: String) -> String {
        var body = Substring(text)
        let opening: Set<Character> = ["«", "\"", "„", "“"]
        let closing: Set<Character> = ["»", "\"", "“", "”"]
        if let first = body.first, let last = body.last, body.count > 1, opening.contains(first),
            closing.contains(last)
        {
            body = body.dropFirst().dropLast()
        }
        return body.trimmingSpaces()
    }

    private static func shortenBody(_ body: String) -> String {
        let words = body.split(separator: " ").map(String.init)
        var output: [String] = []
        var index = 0
        while index < words.count {
            let lower = words[index].lowercased().replacingOccurrences(of: "ё", with: "е")
            if let kind = kinds.first(where: { matches($0.phrase, words: words, at: index) }) {
                output.append(kind.short)
                index += kind.phrase.count
                continue
            }
            if lower == "имени" {
                output.append("им.")
            } else if lower == "n" || lower == "№" {
                output.append("№")
            } else if lower.hasPrefix("№") || (lower.hasPrefix("n") && lower.dropFirst().allSatisfy(\.isNumber) && lower.count > 1) {
                output.append("№ \(words[index].dropFirst())")
            } else {
                output.append(words[index])
            }
            index += 1
        }
        return output.joined(separator: " ")
    }

    private static func matches(_ phrase: [String], words: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, expected) in phrase.enumerated() {
            let word = words[index + offset].lowercased().removing(",")
            if word.replacingOccurrences(of: "ё", with: "е") != expected { return false }
        }
        return true
    }

    /// The name without a parenthesised remark at its end: «… № 101» (условная школа)» → «… № 101»».
    private static func dropTrailingRemark(_ name: String) -> String {
        let text = Substring(name).trimmingSpaces()
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
        return text[..<open].trimmingSpaces()
    }

    private static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" })
            .joined(separator: " ")
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    fileprivate func removing(_ characters: String) -> String {
        String(filter { !characters.contains($0) })
    }
}
