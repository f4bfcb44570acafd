import Foundation

/// Ids (activity ids, the activity of a link) numbered in order of first sight and looked up by
/// their UTF-8 bytes (`ByteKeyTable`), for the per-roadmap sets and lookups of validation and
/// evaluation: `Set<String>` and `[String: …]` hash each id with SipHash, which was a tenth of
/// checking a workspace.
///
/// Ids compare as `String`'s `==` does (canonical equivalence): an id with non-ASCII bytes is kept
/// and looked up in its NFC form, so «й» typed as «и» + breve is the same id as «й». Ids are
/// scoped by a small number (`scope`), e.g. a link's level; the same id in two scopes is two keys.
package struct IDTable: Sendable {
    private var table: ByteKeyTable

    /// An empty table with room for about `capacity` ids before it grows.
    package init(capacity: Int = 64) {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        table = ByteKeyTable(slots: slots)
    }

    /// How many ids the table holds.
    var count: Int { table.count }

    /// Adds `id` (in `scope`) unless present; `number` is its number either way.
    @discardableResult
    package mutating func insert(_ id: String, scope: Int32 = 0) -> (inserted: Bool, number: Int32) {
        let before = table.count
        let number = Self.withCanonicalUTF8(id) { table.intern($0, parent: scope) }
        return (table.count > before, number)
    }

    /// The number of `id` (in `scope`), if the table has it.
    package func number(of id: String, scope: Int32 = 0) -> Int32? {
        Self.withCanonicalUTF8(id) { table.find($0, parent: scope) }
    }

    /// Whether the table has `id` (in `scope`).
    package func contains(_ id: String, scope: Int32 = 0) -> Bool { number(of: id, scope: scope) != nil }

    /// Empties the table, keeping its storage.
    package mutating func removeAll() { table.removeAll() }

    /// `body` over the bytes that identify `id`: its UTF-8 when ASCII (which is its own NFC form),
    /// else the UTF-8 of its NFC form.
    static func withCanonicalUTF8<R>(_ id: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = id
        return text.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) { return body(bytes) }
            var canonical = id.precomposedStringWithCanonicalMapping
            return canonical.withUTF8(body)
        }
    }
}

extension IDTable {
    /// Adds a link: its activity id in the scope of its level.
    package mutating func insert(_ link: ActivityLink) { insert(link.activity, scope: Int32(link.level.depth)) }

    /// Whether the table has a link (added with `insert(_:)` of a link).
    package func contains(_ link: ActivityLink) -> Bool { contains(link.activity, scope: Int32(link.level.depth)) }
}
