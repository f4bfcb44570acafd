import Foundation

/// Interns byte strings scoped by a parent id (a municipality's id within its region, a school's
/// within its municipality) into dense integer ids, without creating a `String` per lookup.
///
/// Open addressing with linear probing over a power-of-two slot array; keys are copied into one
/// arena on first sight. Used by the flat status path, where most rows repeat the previous row's
/// keys and a lookup happens only when a key changes.
package struct ByteKeyTable: Sendable {
    /// Key bytes, back to back.
    private(set) var arena: [UInt8] = []
    /// `starts[i]..<starts[i + 1]` is key `i` in `arena`.
    private var starts: [Int] = [0]
    /// The parent id of each key (-1 for none).
    package private(set) var parents: [Int32] = []
    private var hashes: [UInt64] = []
    /// Key id per slot, -1 when empty.
    private var slots: [Int32]

    package var count: Int { parents.count }

    /// An empty table with `slots` slots to start with (a power of two; it doubles as keys come).
    package init(slots: Int = 1024) {
        self.slots = Array(repeating: -1, count: slots)
    }

    /// The id of `bytes` under `parent`, if the table has it (nothing is inserted).
    package func find(_ bytes: UnsafeBufferPointer<UInt8>, parent: Int32) -> Int32? {
        var dummy: UInt8 = 0
        return withUnsafePointer(to: &dummy) { fallback in
            let base = bytes.baseAddress ?? fallback
            let length = bytes.count
            let hash = Self.hash(base, length, parent: parent)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                let i = Int(id)
                if hashes[i] == hash, parents[i] == parent, starts[i + 1] - starts[i] == length,
                    arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + starts[i], base, length) == 0 })
                {
                    return id
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Empties the table, keeping its storage (for scratch tables reused from item to item).
    package mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        parents.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }

    /// The id of `bytes` under `parent`, inserting it when new.
    package mutating func intern(_ bytes: UnsafePointer<UInt8>, _ length: Int, parent: Int32) -> Int32 {
        let hash = Self.hash(bytes, length, parent: parent)
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            let i = Int(id)
            if hashes[i] == hash, parents[i] == parent, starts[i + 1] - starts[i] == length,
                arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + starts[i], bytes, length) == 0 })
            {
                return id
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(parents.count)
        arena.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        starts.append(arena.count)
        parents.append(parent)
        hashes.append(hash)
        if parents.count * 2 > slots.count {
            grow()
            mask = slots.count - 1
        } else {
            slots[slot] = id
        }
        return id
    }

    /// The id of `key` under `parent`, inserting it when new.
    package mutating func intern(_ key: [UInt8], parent: Int32) -> Int32 {
        key.withUnsafeBufferPointer { intern($0, parent: parent) }
    }

    /// The id of the bytes in `buffer` under `parent`, inserting them when new.
    package mutating func intern(_ buffer: UnsafeBufferPointer<UInt8>, parent: Int32) -> Int32 {
        // An empty buffer may have no base address; intern it through a one-byte dummy.
        var dummy: UInt8 = 0
        return buffer.baseAddress.map { intern($0, buffer.count, parent: parent) } ?? intern(&dummy, 0, parent: parent)
    }

    /// The id of `text`'s UTF-8 bytes under `parent`, if the table has it (nothing is inserted).
    package func find(_ text: String, parent: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { find($0, parent: parent) }
    }

    /// The id of `text`'s UTF-8 bytes under `parent`, inserting them when new.
    package mutating func intern(_ text: String, parent: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { intern($0, parent: parent) }
    }

    /// The id of the bytes of `key` under `parent`, inserting them when new.
    package mutating func intern(_ key: ArraySlice<UInt8>, parent: Int32) -> Int32 {
        key.withUnsafeBufferPointer { intern($0, parent: parent) }
    }

    /// The bytes of key `id`.
    package func key(_ id: Int32) -> ArraySlice<UInt8> { arena[starts[Int(id)]..<starts[Int(id) + 1]] }

    /// The key of `id` as text (UTF-8, invalid sequences replaced).
    package func string(_ id: Int32) -> String { String(decoding: key(id), as: UTF8.self) }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<parents.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a over the bytes, seeded with the parent, finished with a 64-bit mix.
    package static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int, parent: Int32) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(UInt32(bitPattern: parent))
        for i in 0..<length { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
