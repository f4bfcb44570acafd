/// The normalised words of names and executor cells (`NameTokens(name).normalized`), each distinct
/// text tokenised once.
/// Names are looked up by their UTF-8 bytes: `String` hashing normalises Cyrillic text on every
/// call, and a repeated name costs one hash and one comparison instead of a tokenisation and a
/// string per word. Not shared between threads: each worker keeps its own.
struct NameWordsMemo {
    private var known: [UTF8Key: [String]] = [:]

    /// `NameTokens(name).normalized`, tokenised on first sight.
    mutating func words(_ name: String) -> [String] {
        if let hit = known[UTF8Key(name)] { return hit }
        let words = NameTokens.normalizedWords(name)
        known[UTF8Key(name)] = words
        return words
    }
}
