import Foundation

/// Shares one `String` among equal texts read from JSON: 4,000 school roadmaps repeat the same few
/// hundred titles, executors, indicators and documents, and one shared copy saves a heap block, a
/// UTF-8 check and the memory of every repeat.
///
/// Not thread-safe: each worker of a parallel load keeps its own. Texts of 16 bytes and more are
/// found by a hash that the reader computes while it looks for the closing quote
/// (`JSONParser.string()`); shorter ones (ids, numbers: `r12`, `2.1.`) by their bytes, two words,
/// which saves making and checking a `String` per id. Both tables start small and double up to
/// `capacity` slots; then they stop taking new texts once half full, so unique texts (dated
/// evidence) cannot grow them.
final class StringInterner {
    // Unchecked: a dynamic exclusivity check per access (a thread-local access set) cost more than
    // the probe; the class is used by one thread, and no access overlaps another.
    @exclusivity(unchecked) private var long: Table<UInt64, String>
    @exclusivity(unchecked) private var short: Table<ShortKey, String>
    @exclusivity(unchecked) private var arrays: Table<UInt64, SharedArray>

    /// A short text's bytes (1–15), little-endian: `low` holds bytes 0–7, `high` bytes 8–14 and
    /// the length in its top byte (so no key is all zero, which marks an empty slot).
    struct ShortKey: Equatable {
        var low: UInt64
        var high: UInt64
    }

    /// A table of `capacity` slots at most, rounded up to a power of two.
    init(capacity: Int = 1 << 15) {
        var size = 16
        while size < capacity { size <<= 1 }
        long = Table(slots: min(size, 1 << 11), limit: size)
        short = Table(slots: min(size, 1 << 9), limit: min(size, 1 << 13))
        arrays = Table(slots: min(size, 1 << 9), limit: min(size, 1 << 14))
    }

    deinit {
        long.free()
        short.free()
        arrays.free()
    }

    /// Periods already parsed, by text (every file states one; a workspace has a handful).
    private var periods: [String: Period] = [:]

    /// `Period(parsing:)`, remembered.
    func period(_ text: String) -> Period? {
        if let hit = periods[text] { return hit }
        let parsed = Period(parsing: text)
        if let parsed, periods.count < 64 { periods[text] = parsed }
        return parsed
    }

    /// The shared string equal to the UTF-8 `bytes` (text without escapes); `nil` when they are not UTF-8.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count > 15 { return string(bytes, hash: Self.hash(bytes)) }
        guard !bytes.isEmpty else { return "" }
        var low: UInt64 = 0
        var high = UInt64(bytes.count) << 56
        for k in 0..<bytes.count {
            if k < 8 { low |= UInt64(bytes[k]) << (8 * k) } else { high |= UInt64(bytes[k]) << (8 * (k - 8)) }
        }
        return string(bytes, short: ShortKey(low: low, high: high))
    }

    /// The shared string for a text of 16 bytes or more whose `hash(_:)` is `hash`; `nil` when the
    /// bytes are not UTF-8 (checked once, when the text is first met: a later hit is the same bytes).
    func string(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
        let key = hash | 1  // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: key >> 32) & long.mask
        while long.keys[slot] != 0 {
            if long.keys[slot] == key, Self.equal(long.values[slot], bytes) { return long.values[slot] }
            slot = (slot + 1) & long.mask
        }
        guard let made = UTF8Check.string(bytes) else { return nil }
        long.insert(made, key: key, at: slot) { Int(truncatingIfNeeded: $0 >> 32) }
        return made
    }

    /// The shared string for a text of 1–15 bytes whose bytes are `key`; `nil` when they are not UTF-8.
    func string(_ bytes: UnsafeBufferPointer<UInt8>, short key: ShortKey) -> String? {
        var slot = Self.slot(key) & short.mask
        while short.keys[slot].high != 0 {
            if short.keys[slot] == key { return short.values[slot] }
            slot = (slot + 1) & short.mask
        }
        guard let made = UTF8Check.string(bytes) else { return nil }
        short.insert(made, key: key, at: slot, Self.slot)
        return made
    }

    static func slot(_ key: ShortKey) -> Int {
        let h = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 32)
    }

    static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { u in memcmp(u.baseAddress!, bytes.baseAddress!, u.count) == 0 }
            ?? utf8.elementsEqual(bytes)
    }

    // MARK: Hash

    /// The start of a text's hash.
    static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The hash so far with the next eight bytes of the text (little-endian): one multiply per
    /// word (the reader's scan waits on this chain); `finish` folds the high bits down.
    @inline(__always)
    static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The hash of a text of `count` bytes from its mixed full words and its last `count % 8`
    /// bytes (`tail`, little-endian).
    @inline(__always)
    static func finish(_ hash: UInt64, tail: UInt64, count: Int) -> UInt64 {
        var h = hash ^ (hash >> 31) ^ tail ^ (UInt64(truncatingIfNeeded: count) << 56)
        h = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 32)
    }

    /// A fast 64-bit hash of a byte string, eight bytes at a time (what the reader computes while
    /// it scans a string).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var h = seed
        var i = 0
        while i + 8 <= raw.count {
            h = mix(h, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        return finish(h, tail: tail, count: raw.count)
    }

    // MARK: Arrays

    /// An array read before: its JSON text (compared on a hit) and what was read from it.
    struct SharedArray {
        var text: [UInt8]
        var strings: [String]?
        var links: [ActivityLink]?
    }

    /// The string array read before from exactly this JSON text, if any; `hash` is what
    /// `JSONParser.plainStringArray()` gives.
    func strings(forArrayText text: UnsafeBufferPointer<UInt8>, hash: UInt64) -> [String]? {
        let (slot, found) = arraySlot(text, hash: hash)
        return found ? arrays.values[slot].strings : nil
    }

    /// The link array read before from exactly this JSON text, if any.
    func links(forArrayText text: UnsafeBufferPointer<UInt8>, hash: UInt64) -> [ActivityLink]? {
        let (slot, found) = arraySlot(text, hash: hash)
        return found ? arrays.values[slot].links : nil
    }

    /// Remembers a string or link array read from `text` (up to 8,192 arrays; the first of two
    /// texts with one hash keeps the place).
    func remember(strings: [String]? = nil, links: [ActivityLink]? = nil, forArrayText text: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        let (slot, found) = arraySlot(text, hash: hash)
        if found {
            if let strings { arrays.values[slot].strings = strings }
            if let links { arrays.values[slot].links = links }
        } else if arrays.keys[slot] == 0 {
            arrays.insert(SharedArray(text: Array(text), strings: strings, links: links), key: hash | 1, at: slot) {
                Int(truncatingIfNeeded: $0 >> 32)
            }
        }
    }

    /// Where the array text is (`found`), or the slot of another text with its hash, or the empty
    /// slot where it would go.
    private func arraySlot(_ text: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, found: Bool) {
        let key = hash | 1
        var slot = Int(truncatingIfNeeded: key >> 32) & arrays.mask
        while arrays.keys[slot] != 0 {
            if arrays.keys[slot] == key { return (slot, Self.same(arrays.values[slot].text, text)) }
            slot = (slot + 1) & arrays.mask
        }
        return (slot, false)
    }

    static func same(_ stored: [UInt8], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        stored.count == text.count
            && stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 }
    }
}

extension StringInterner {
    /// An open-addressing table of values by key (a zero key marks an empty slot): linear probing,
    /// doubled when half full up to `limit` slots, then closed to new keys. Only occupied slots hold
    /// an initialised value.
    struct Table<Key: Equatable, Value> {
        private(set) var keys: UnsafeMutablePointer<Key>
        private(set) var values: UnsafeMutablePointer<Value>
        private(set) var mask: Int
        private var count = 0
        private let limit: Int
        private let empty: Key

        init(slots: Int, limit: Int) where Key == UInt64 {
            self.init(slots: slots, limit: limit, empty: 0)
        }

        init(slots: Int, limit: Int) where Key == ShortKey {
            self.init(slots: slots, limit: limit, empty: ShortKey(low: 0, high: 0))
        }

        private init(slots: Int, limit: Int, empty: Key) {
            keys = .allocate(capacity: slots)
            keys.initialize(repeating: empty, count: slots)
            values = .allocate(capacity: slots)
            mask = slots - 1
            self.limit = limit
            self.empty = empty
        }

        /// Puts `value` at the empty `slot` found for `key` (growing first when half full); `home`
        /// gives a key's first slot before masking.
        mutating func insert(_ value: Value, key: Key, at slot: Int, _ home: (Key) -> Int) {
            guard count < (mask + 1) / 2 else {
                guard mask + 1 < limit else { return }
                grow(home)
                var slot = home(key) & mask
                while keys[slot] != empty { slot = (slot + 1) & mask }
                insert(value, key: key, at: slot, home)
                return
            }
            keys[slot] = key
            (values + slot).initialize(to: value)
            count += 1
        }

        private mutating func grow(_ home: (Key) -> Int) {
            let oldKeys = keys
            let oldValues = values
            let oldSize = mask + 1
            let size = oldSize * 2
            keys = .allocate(capacity: size)
            keys.initialize(repeating: empty, count: size)
            values = .allocate(capacity: size)
            mask = size - 1
            for old in 0..<oldSize where oldKeys[old] != empty {
                var slot = home(oldKeys[old]) & mask
                while keys[slot] != empty { slot = (slot + 1) & mask }
                keys[slot] = oldKeys[old]
                (values + slot).moveInitialize(from: oldValues + old, count: 1)
            }
            oldKeys.deallocate()
            oldValues.deallocate()
        }

        /// Releases the values and the memory.
        func free() {
            for slot in 0...mask where keys[slot] != empty { (values + slot).deinitialize(count: 1) }
            keys.deallocate()
            values.deallocate()
        }
    }
}
