/// The one escaper for markup this tool writes: HTML pages (compliance reports, skeletons) and the
/// XML parts of Office files. Both read the text scalar by scalar, so a combining mark after `&` or
/// `<` cannot hide it from the escaper.
public enum MarkupEscape {
    /// Where the text goes.
    public enum Dialect: Sendable {
        /// HTML element content and attribute values: `&`, `<`, `>`, `"` and `'` (as `&#39;`, which
        /// HTML 4 also reads) become entities; everything else is kept.
        case html
        /// XML 1.0 element content and attribute values (xlsx, docx): `&`, `<`, `>`, `"` and `'`
        /// (as `&apos;`) become entities; tab, line feed and carriage return become character
        /// references (an attribute keeps them, and a carriage return is not folded into a line
        /// feed); a character XML 1.0 does not allow (C0 controls other than those three, U+FFFE,
        /// U+FFFF) is replaced by U+FFFD «�», so a stray control character from a pasted document
        /// shows instead of making the file unreadable.
        case xml
    }

    /// `text` escaped for `dialect`.
    public static func escape(_ text: String, for dialect: Dialect) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += dialect == .html ? "&#39;" : "&apos;"
            case "\t" where dialect == .xml: out += "&#9;"
            case "\n" where dialect == .xml: out += "&#10;"
            case "\r" where dialect == .xml: out += "&#13;"
            default:
                if dialect == .html || isAllowedInXML(c) {
                    out.unicodeScalars.append(c)
                } else {
                    out.unicodeScalars.append("\u{FFFD}")
                }
            }
        }
        return out
    }

    /// Whether XML 1.0 allows the character (`Char` production; Swift strings hold no surrogates).
    static func isAllowedInXML(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
