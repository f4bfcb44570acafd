/// Activity numbers as documents write them («1.», «2.1.», «3.17», «1.Аналитико-…»).
enum ActivityNumber {
    /// Splits a leading number from the text after it: «2.1. Диагностика» → («2.1.», «Диагностика»).
    ///
    /// A number is one or more groups of one or two digits joined by dots, ending in a dot or
    /// followed by a space («1.1 Анализ»); directly followed by a letter it must end in a dot
    /// («1.Аналитико»). Four-digit years and dates («2023 г.», «01.02-15.05.2023») are not numbers.
    static func split(_ text: String) -> (number: String, rest: String)? {
        let chars = Array(text)
        var i = 0
        var groups = 0
        var endsWithDot = false
        while i < chars.count {
            var digits = 0
            while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                digits += 1
                i += 1
            }
            guard (1...2).contains(digits) else { return nil }
            groups += 1
            endsWithDot = false
            if i < chars.count, chars[i] == "." {
                endsWithDot = true
                i += 1
                if i < chars.count, chars[i].isASCII, chars[i].isNumber { continue }
            }
            break
        }
        guard groups > 0 else { return nil }
        let number = String(chars[0..<i])
        let rest = chars[i...]
        if rest.isEmpty { return (number, "") }
        let next = rest.first!
        if next.isWhitespace {
            return (number, ImportText.collapse(String(rest)))
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
