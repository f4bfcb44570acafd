extension String {
    /// The text without leading and trailing whitespace and line breaks — what
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without a round trip through
    /// UTF-16 (the progress importer trims every cell of every row).
    package var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == startIndex, scalars.index(after: last) == endIndex { return self }
        return String(unicodeScalars[first...last])
    }
}
