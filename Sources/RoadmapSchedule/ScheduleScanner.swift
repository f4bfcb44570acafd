/// The grammar of deadline texts: walks the tokens once, left to right, and collects date pieces,
/// conditions, recurrence and warnings. Whatever no rule consumes becomes the leftover.
///
/// Placing pieces in the roadmap's period is `ScheduleResolver`'s job; the scanner knows no period.
struct ScheduleScanner {
    let lexer: ScheduleLexer
    let tokens: [ScheduleToken]
    /// Which tokens a rule consumed.
    var used: [Bool]
    /// Tokens consumed as noise («и», «г.»): they join leftover runs instead of splitting them.
    var noise: [Bool]
    var pieces: [SchedulePiece] = []
    var conditions: [String] = []
    /// «ежегодно» anywhere in the text.
    var annual = false
    var recurrence: ScheduleRecurrence?
    var warnings: [ScheduleWarning] = []
    var i = 0

    init(_ text: String) {
        lexer = ScheduleLexer(text)
        tokens = lexer.tokens()
        used = Array(repeating: false, count: tokens.count)
        noise = used
    }

    // MARK: - Token helpers

    func keyword(_ j: Int) -> ScheduleKeyword? { j < tokens.count ? tokens[j].keyword : nil }

    func kind(_ j: Int) -> ScheduleToken.Kind? { j < tokens.count ? tokens[j].kind : nil }

    /// A number token of `digits` digits (any when `nil`) at `j`.
    func number(_ j: Int, digits: ClosedRange<Int> = 1...9) -> Int? {
        guard j < tokens.count, tokens[j].kind == .number, digits.contains(tokens[j].length) else { return nil }
        return tokens[j].value
    }

    func isMonth(_ j: Int) -> Int? {
        if case .month(let m) = keyword(j) { return m }
        return nil
    }

    /// The next token index at or after `j` that is not punctuation of the given kinds.
    func skip(_ j: Int, _ kinds: Set<ScheduleToken.Kind>) -> Int {
        var k = j
        while k < tokens.count, kinds.contains(tokens[k].kind) { k += 1 }
        return k
    }

    /// Skips «г», «гг», «года» and the dots after them.
    func skipYearNoun(_ j: Int) -> Int {
        var k = j
        while k < tokens.count, keyword(k) == .yearNoun || tokens[k].kind == .dot { k += 1 }
        return k
    }

    mutating func mark(_ from: Int, _ to: Int) {
        guard from < to else { return }
        for k in from..<min(to, tokens.count) { used[k] = true }
    }

    /// The source text of tokens `from..<to`.
    func quote(_ from: Int, _ to: Int) -> String {
        guard from < to, to <= tokens.count else { return "" }
        return lexer.quote(tokens[from].start, tokens[to - 1].end)
    }

    // MARK: - Driver

    mutating func scan() {
        while i < tokens.count {
            if tokens[i].isPunctuation || used[i] {
                i += 1
                continue
            }
            if condition() || schoolTermRecurrence() || deadline() || span() || within() || frequency() || further()
                || standalone()
            {
                continue
            }
            if let (found, next) = piece(at: i) {
                pieces += found
                mark(i, next)
                i = max(next, i + 1)
                continue
            }
            if filler() { continue }
            i += 1
        }
    }

    /// Whether more words and numbers were left over than understood: then the text as a whole is
    /// not a deadline, whatever dates it happens to contain.
    var mostlyNotUnderstood: Bool {
        var understood = 0
        var left = 0
        for k in tokens.indices where !tokens[k].isPunctuation && !noise[k] {
            if used[k] { understood += 1 } else { left += 1 }
        }
        return left > understood
    }

    /// Unconsumed words and numbers, quoted from the source, runs joined by « … ».
    func leftover() -> String? {
        var runs: [String] = []
        var k = 0
        while k < tokens.count {
            guard !used[k], !tokens[k].isPunctuation else {
                k += 1
                continue
            }
            var last = k
            var j = k + 1
            while j < tokens.count, !used[j] || noise[j] {
                if !used[j], !tokens[j].isPunctuation { last = j }
                j += 1
            }
            j = last + 1
            runs.append(quote(k, last + 1))
            k = j
        }
        return runs.isEmpty ? nil : runs.joined(separator: " … ")
    }
}
