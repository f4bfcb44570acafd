extension StringProtocol {
    /// Whether the text has anything but white space. Much cheaper on Linux than
    /// `trimmingCharacters(in:).isEmpty`, which bridges through NSString; compliance asks it per activity.
    package var hasVisibleText: Bool {
        // Fast path: a first byte that is printable ASCII other than a space, or the lead byte of
        // a two-byte letter (Cyrillic, Latin-1 letters from U+00C0), is visible text.
        if let first = utf8.first, (first > 0x20 && first < 0x7F) || (first >= 0xC3 && first <= 0xDF) { return true }
        return unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
