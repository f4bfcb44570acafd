extension StringProtocol {
    /// Whether the text has anything but white space. Much cheaper on Linux than
    /// `trimmingCharacters(in:).isEmpty`, which bridges through NSString; compliance asks it per activity.
    var hasVisibleText: Bool {
        unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
