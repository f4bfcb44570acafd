/// One quote style for printed names: straight and curly double quotes become guillemets, as
/// Russian documents write them — `МБОУ "СОШ № 3"` is shown «МБОУ «СОШ № 3»» like its neighbours.
///
/// A straight quote opens at the start, after a space or after another opening quote, before a
/// word; it closes after a word, before the end, a space, a punctuation mark or another quote.
/// Text with a straight quote that is neither (`alert("x")`, a formula) or whose quotes do not
/// pair up is returned as it is rather than guessed.
package enum Guillemets {
    /// `text` with its double quotes written as «».
    package static func apply(_ text: String) -> String {
        guard text.contains(where: { $0 == "\"" || $0 == "„" || $0 == "“" || $0 == "”" }) else { return text }
        let characters = Array(text)
        guard characters.filter({ $0 == "\"" }).count % 2 == 0 else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previous: Character?
        for (i, c) in characters.enumerated() {
            var out = c
            switch c {
            case "„": out = "«"
            case "”": out = "»"
            case "“": out = previous.map { $0.isWhitespace || $0 == "«" } ?? true ? "«" : "»"
            case "\"":
                let next = i + 1 < characters.count ? characters[i + 1] : nil
                let opens = (previous.map { $0.isWhitespace || $0 == "«" } ?? true) && next.map { !$0.isWhitespace } ?? false
                let closes =
                    previous.map { !$0.isWhitespace && $0 != "«" } ?? false
                    && (next.map { $0.isWhitespace || "\",.;:)!?»".contains($0) } ?? true)
                guard opens != closes else { return text }
                out = opens ? "«" : "»"
            default: break
            }
            result.append(out)
            previous = out
        }
        return result
    }
}
