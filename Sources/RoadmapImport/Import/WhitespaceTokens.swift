/// The whitespace-separated tokens of a text, read lazily front to back or back to front: the
/// same tokens as `split(whereSeparator: \.isWhitespace)` without holding an array of them
/// (a one-line document of 50 MB has millions of tokens, and a deadline check reads only the
/// first or the last few).
struct WhitespaceTokens: Sequence, IteratorProtocol {
    private let text: Substring
    private var position: Substring.Index

    init(_ text: some StringProtocol) {
        self.text = Substring(text)
        position = self.text.startIndex
    }

    mutating func next() -> Substring? {
        guard let start = text[position...].firstIndex(where: { !$0.isWhitespace }) else {
            position = text.endIndex
            return nil
        }
        let end = text[start...].firstIndex(where: \.isWhitespace) ?? text.endIndex
        position = end
        return text[start..<end]
    }

    /// The token ending at or before `end`, read backwards; `nil` when only whitespace is left.
    static func token(in text: Substring, before end: Substring.Index) -> Substring? {
        guard let last = text[..<end].lastIndex(where: { !$0.isWhitespace }) else { return nil }
        let start = text[..<last].lastIndex(where: \.isWhitespace).map { text.index(after: $0) } ?? text.startIndex
        return text[start...last]
    }
}
