/// The normalised words of names (`NameTokens(name).normalized`), each distinct name tokenised once.
/// Names are looked up by their UTF-8 bytes: `String` hashing normalises Cyrillic text on every
/// call, and a repeated name costs one hash and one comparison instead of a tokenisation and a
/// string per word. Not shared between threads: each worker keeps its own.
struct NameWordsMemo {
    private struct Key: Hashable {
        var text: String

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.text.hasSameUTF8(as: rhs.text) }

        func hash(into hasher: inout Hasher) {
            var text = self.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private var known: [Key: [String]] = [:]

    /// `NameTokens(name).normalized`, tokenised on first sight.
    mutating func words(_ name: String) -> [String] {
        if let hit = known[Key(text: name)] { return hit }
        let words = NameTokens(name).normalized
        known[Key(text: name)] = words
        return words
    }
}
