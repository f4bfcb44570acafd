import Foundation

/// Small text helpers of the importer: cleaning cells, joining wrapped text, comparing.
package enum ImportText {
    /// Removes HTML remnants (`<p>…</p>`, `&nbsp;`), markdown bold markers and runs of whitespace.
    package static func clean(_ raw: some StringProtocol) -> String {
        var text = String(raw)
        if text.contains(where: { $0 == "<" }) { text = stripTags(text) }
        if text.contains(where: { $0 == "&" }) {
            for (entity, value) in [("&nbsp;", " "), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: value)
            }
        }
        if text.contains(where: { $0 == "*" }) { text = text.replacingOccurrences(of: "**", with: "") }
        return collapse(text)
    }

    /// Collapses whitespace runs (including non-breaking spaces) to one space and trims.
    ///
    /// One pass into one buffer: splitting into words first held a 32-byte slice per word, three
    /// times the text of a long line (issue 20, memory proportional to the input).
    package static func collapse(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var space = false
        for c in text {
            if c.isWhitespace {
                space = !result.isEmpty
            } else {
                if space {
                    result.append(" ")
                    space = false
                }
                result.append(c)
            }
        }
        return result
    }

    /// Removes `<tag …>` and `</tag>` markup, keeping the text between.
    static func stripTags(_ text: String) -> String {
        var result = ""
        var inTag = false
        var pending = ""
        for c in text {
            if inTag {
                pending.append(c)
                if c == ">" {
                    inTag = false
                    pending = ""
                    result.append(" ")
                }
            } else if c == "<" {
                inTag = true
                pending = "<"
            } else {
                result.append(c)
            }
        }
        // An unclosed "<" was not a tag: keep it.
        return result + pending
    }

    /// Joins a wrapped continuation to the text before it: a word hyphenated at the line end
    /// («информационно-» + «телекоммуникационной») is joined without a space.
    package static func join(_ head: String, _ tail: String) -> String {
        if head.isEmpty { return tail }
        if tail.isEmpty { return head }
        if head.hasSuffix("-"), head.dropLast().last?.isLetter == true, tail.first?.isLowercase == true {
            return head + tail
        }
        return head + " " + tail
    }

    /// `head = join(head, tail)`, appending in place (a cell grown by thousands of continuation
    /// rows is not copied for each).
    package static func append(_ tail: String, to head: inout String) {
        if head.isEmpty {
            head = tail
            return
        }
        if tail.isEmpty { return }
        if !(head.hasSuffix("-") && head.dropLast().last?.isLetter == true && tail.first?.isLowercase == true) {
            head += " "
        }
        head += tail
    }

    /// A comparison key: lowercased, `ё` → `е`, letters and digits only.
    package static func key(_ text: some StringProtocol) -> String {
        String(text.lowercased().replacingOccurrences(of: "ё", with: "е").filter { $0.isLetter || $0.isNumber })
    }

    /// Whether the text starts with a lowercase letter (a wrapped continuation), ignoring
    /// leading punctuation such as «(» or «-».
    package static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isLowercase
    }

    /// Whether text ends a sentence («.», «;», «!», «?»).
    package static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".;!?".contains(last)
    }

    /// `words(_:)` read lazily, one word at a time (a test that looks at the first few words of a
    /// long line does not build all of them).
    package struct Words: Sequence, IteratorProtocol {
        private var characters: Substring.Iterator

        package init(_ text: some StringProtocol) { characters = Substring(text).makeIterator() }

        package mutating func next() -> String? {
            var word = ""
            while let c = characters.next() {
                if c.isLetter || c.isNumber {
                    word.append(c)
                } else if !word.isEmpty {
                    break
                }
            }
            return word.isEmpty ? nil : word.lowercased().replacingOccurrences(of: "ё", with: "е")
        }
    }

    /// The words of a text: runs of letters and digits, lowercased.
    package static func words(_ text: some StringProtocol) -> [String] {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
