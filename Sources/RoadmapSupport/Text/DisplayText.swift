/// Text from the workspace made safe to show a person: characters that change how a terminal or
/// a viewer shows text instead of being shown — control characters (ANSI escape sequences start
/// with one), DEL, and the bidirectional embeddings, overrides, isolates and marks that can make
/// «school-a» display as something else — become a visible `\u{1B}`.
package enum DisplayText {
    /// Whether the scalar is one `neutralized` replaces. Line feed and tab are kept.
    package static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The text with every hidden character written out as `\u{…}` (hexadecimal, upper case).
    /// Text without one is returned as it is.
    package static func neutralized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
