/// How `NameTokens` treats one Unicode scalar on its fast path: the scalars of ASCII, Cyrillic and
/// the punctuation of Russian documents, each a grapheme of its own, with its lower case form
/// (`Unicode.Scalar.Properties.lowercaseMapping`, «ё» folded to «е») taken once into a table.
enum NameScalars {
    enum Kind: Equatable {
        /// Part of a word, with its normalised form.
        case letter(Unicode.Scalar)
        /// Ends a word and marks a separator: «,» «;» line feed.
        case separator
        /// Ends a word: space, tab, no-break space, dot, quotes, brackets, «:» «/» dashes.
        case boundary
        /// «№», a word of its own.
        case numberSign
        /// Not known here (combining marks, CR, accented Latin…): use the grapheme path.
        case other
    }

    static func kind(of scalar: Unicode.Scalar) -> Kind {
        let v = scalar.value
        if v < 0x80 { return ascii[Int(v)] }
        if v >= 0x400, v < 0x500 { return cyrillic[Int(v - 0x400)] }
        switch v {
        case 0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x201C, 0x201D, 0x201E: return .boundary
        case 0x2116: return .numberSign
        default: return .other
        }
    }

    static let ascii: [Kind] = (0..<0x80).map { v in
        let scalar = Unicode.Scalar(UInt8(v))
        switch scalar {
        case ",", ";", "\n": return .separator
        case ".", " ", "\t", "\"", "'", "(", ")", ":", "/": return .boundary
        case "\r": return .other  // CR LF is one grapheme, not a line feed
        default:
            if v < 0x20 || v == 0x7F { return .other }
            return .letter(lowered(scalar) ?? scalar)
        }
    }

    static let cyrillic: [Kind] = (0x400..<0x500).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return .other }
        // Combining marks (U+0483–U+0489) join the previous grapheme.
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return .other
        }
        guard let lower = lowered(scalar) else { return .other }
        return .letter(lower == "ё" ? "е" : lower)
    }

    /// Appends the UTF-8 bytes of a scalar below U+10000 (all `kind(of:)` accepts).
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// The single-scalar lower case of `scalar`, or `nil` when it lower-cases to several scalars.
    static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1 else { return nil }
        return mapping.first
    }
}
