/// Escapes text for XML 1.0 element content and attribute values (one escaper for both), as the
/// Office files this tool writes need it.
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage return become character
/// references (an attribute keeps them, and a carriage return is not folded into a line feed); a
/// character XML 1.0 does not allow (C0 controls other than those three, U+FFFE, U+FFFF) is replaced
/// by U+FFFD «�», so a stray control character from a pasted document shows instead of making
/// the file unreadable.
package enum XMLEscape {
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if isAllowed(c) {
                    out.unicodeScalars.append(c)
                } else {
                    out.unicodeScalars.append("\u{FFFD}")
                }
            }
        }
        return out
    }

    /// Whether XML 1.0 allows the character (`Char` production; Swift strings hold no surrogates).
    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
