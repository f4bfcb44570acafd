/// Activity numbers as documents write them («1.», «2.1.», «3.17», «1.Аналитико-…»).
enum ActivityNumber {
    /// Splits a leading number from the text after it: «2.1. Диагностика» → («2.1.», «Диагностика»).
    ///
    /// A number is one or more groups of one or two digits joined by dots, ending in a dot or
    /// followed by a space («1.1 Анализ»); directly followed by a letter it must end in a dot
    /// («1.Аналитико»). Four-digit years and dates («2023 г.», «01.02-15.05.2023») are not numbers.
    static func split(_ text: String) -> (number: String, rest: String)? {
        // Indices into the text itself: an array of its characters took 16 bytes per character.
        var i = text.startIndex
        var groups = 0
        var endsWithDot = false
        func isDigit(_ index: String.Index) -> Bool {
            index < text.endIndex && text[index].isASCII && text[index].isNumber
        }
        while i < text.endIndex {
            var digits = 0
            while isDigit(i) {
                digits += 1
                i = text.index(after: i)
            }
            guard (1...2).contains(digits) else { return nil }
            groups += 1
            endsWithDot = false
            if i < text.endIndex, text[i] == "." {
                endsWithDot = true
                i = text.index(after: i)
                if isDigit(i) { continue }
            }
            break
        }
        guard groups > 0 else { return nil }
        let number = String(text[..<i])
        let rest = text[i...]
        guard let next = rest.first else { return (number, "") }
        if next.isWhitespace {
            return (number, ImportText.collapse(rest))
        }
        if next.isLetter && endsWithDot { return (number, String(rest)) }
        return nil
    }

    /// The first group of a number («3.17» → `3`).
    static func head(_ number: String) -> String {
        String(ActivityID.from(number: number).split(separator: ".").first ?? "")
    }

    /// Whether the number has one group only («1.», «2»).
    static func isTopLevel(_ number: String) -> Bool { !ActivityID.from(number: number).contains(".") }
}

/// Gives every activity a unique id: the number without its trailing dot, a suffix `-2`, `-3` …
/// when a number repeats, and `a<position>` for unnumbered activities.
struct ActivityIDs {
    private var taken: Set<String> = []

    mutating func id(number: String?, position: Int) -> String {
        var base = number.map(ActivityID.from(number:)) ?? ""
        if base.isEmpty { base = "a\(position)" }
        if taken.insert(base).inserted { return base }
        var k = 2
        while taken.contains("\(base)-\(k)") { k += 1 }
        taken.insert("\(base)-\(k)")
        return "\(base)-\(k)"
    }
}
