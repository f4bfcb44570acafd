/// The encoding a text file was found to be in.
package enum TextEncodingKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the byte-order mark EF BB BF (as Excel writes "CSV UTF-8").
    case utf8WithByteOrderMark
    /// Windows-1251 (кодировка «Кириллица (Windows)»), as Excel on Russian Windows writes plain CSV.
    case windows1251
}

/// A file's text together with the encoding it was decoded from.
package struct DecodedText: Hashable, Sendable {
    /// The text, without a byte-order mark.
    package var text: String
    /// The encoding that was detected.
    package var encoding: TextEncodingKind

    package init(text: String, encoding: TextEncodingKind) {
        self.text = text
        self.encoding = encoding
    }
}
