/// A text as a dictionary key compared and hashed by its UTF-8 bytes: `String` hashing normalises
/// Cyrillic text on every call, which dominated the bulk memos that look up the same texts
/// hundreds of thousands of times. Texts that are canonically equal but spelt with different
/// bytes are different keys (a memo then just computes twice).
package struct UTF8Key: Hashable, Sendable {
    let text: String

    package init(_ text: String) { self.text = text }

    package static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool { lhs.text.hasSameUTF8(as: rhs.text) }

    package func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
