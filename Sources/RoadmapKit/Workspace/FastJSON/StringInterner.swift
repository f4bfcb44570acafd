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
    @exclusivity(unchecked) private var long: Table<UInt64>
    @exclusivity(unchecked) private var short: Table<ShortKey>

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
    }

    deinit {
        long.free()
        short.free()
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

    /// The shared string equal to the UTF-8 `bytes` (which must be valid UTF-8 without escapes).
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count > 15 { return string(bytes, hash: Self.hash(bytes)) }
        guard !bytes.isEmpty else { return "" }
        var low: UInt64 = 0
        var high = UInt64(bytes.count) << 56
        for k in 0..<bytes.count {
            if k < 8 { low |= UInt64(bytes[k]) << (8 * k) } else { high |= UInt64(bytes[k]) << (8 * (k - 8)) }
        }
        return string(bytes, short: ShortKey(low: low, high: high))
    }

    /// The shared string for a text of 16 bytes or more whose `hash(_:)` is `hash`.
    func string(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        let key = hash | 1  // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: key >> 32) & long.mask
        while long.keys[slot] != 0 {
            if long.keys[slot] == key, Self.equal(long.strings[slot], bytes) { return long.strings[slot] }
            slot = (slot + 1) & long.mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
        long.insert(made, key: key, at: slot) { Int(truncatingIfNeeded: $0 >> 32) }
        return made
    }

    /// The shared string for a text of 1–15 bytes whose bytes are `key`.
    func string(_ bytes: UnsafeBufferPointer<UInt8>, short key: ShortKey) -> String {
        var slot = Self.slot(key) & short.mask
        while short.keys[slot].high != 0 {
            if short.keys[slot] == key { return short.strings[slot] }
            slot = (slot + 1) & short.mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
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

    /// The hash so far with the next eight bytes of the text (little-endian).
    @inline(__always)
    static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let h = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 31)
    }

    /// The hash of a text of `count` bytes from its mixed full words and its last `count % 8`
    /// bytes (`tail`, little-endian).
    @inline(__always)
    static func finish(_ hash: UInt64, tail: UInt64, count: Int) -> UInt64 {
        let h = (hash ^ tail ^ (UInt64(truncatingIfNeeded: count) << 56)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
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

    /// Arrays read before, by the hash of their JSON text (`["Аналитическая справка"]`,
    /// `["region:5"]`): every school repeats its skeleton items' documents and links, and one shared
    /// array saves an allocation per activity. Holds the text to compare on a hit.
    private var arrays: [UInt64: (text: [UInt8], strings: [String]?, links: [ActivityLink]?)] = [:]

    /// The string array read before from exactly this JSON text, if any.
    func strings(forArrayText text: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard let entry = arrays[Self.hash(text)], Self.same(entry.text, text) else { return nil }
        return entry.strings
    }

    /// The link array read before from exactly this JSON text, if any.
    func links(forArrayText text: UnsafeBufferPointer<UInt8>) -> [ActivityLink]? {
        guard let entry = arrays[Self.hash(text)], Self.same(entry.text, text) else { return nil }
        return entry.links
    }

    /// Remembers a string or link array read from `text` (up to 8,192 arrays; the first of two texts
    /// with one hash keeps the place).
    func remember(strings: [String]? = nil, links: [ActivityLink]? = nil, forArrayText text: UnsafeBufferPointer<UInt8>) {
        guard arrays.count < 8192 else { return }
        let hash = Self.hash(text)
        if let entry = arrays[hash] {
            guard Self.same(entry.text, text) else { return }
            arrays[hash] = (entry.text, strings ?? entry.strings, links ?? entry.links)
        } else {
            arrays[hash] = (Array(text), strings, links)
        }
    }

    static func same(_ stored: [UInt8], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        stored.count == text.count
            && stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 }
    }
}

extension StringInterner {
    /// An open-addressing table of strings by key (a zero key marks an empty slot): linear probing,
    /// doubled when half full up to `limit` slots, then closed to new keys. Only occupied slots hold
    /// an initialised `String`.
    struct Table<Key: Equatable> {
        private(set) var keys: UnsafeMutablePointer<Key>
        private(set) var strings: UnsafeMutablePointer<String>
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
            strings = .allocate(capacity: slots)
            mask = slots - 1
            self.limit = limit
            self.empty = empty
        }

        /// Puts `string` at the empty `slot` found for `key` (growing first when half full); `home`
        /// gives a key's first slot before masking.
        mutating func insert(_ string: String, key: Key, at slot: Int, _ home: (Key) -> Int) {
            guard count < (mask + 1) / 2 else {
                guard mask + 1 < limit else { return }
                grow(home)
                var slot = home(key) & mask
                while keys[slot] != empty { slot = (slot + 1) & mask }
                insert(string, key: key, at: slot, home)
                return
            }
            keys[slot] = key
            (strings + slot).initialize(to: string)
            count += 1
        }

        private mutating func grow(_ home: (Key) -> Int) {
            let oldKeys = keys
            let oldStrings = strings
            let oldSize = mask + 1
            let size = oldSize * 2
            keys = .allocate(capacity: size)
            keys.initialize(repeating: empty, count: size)
            strings = .allocate(capacity: size)
            mask = size - 1
            for old in 0..<oldSize where oldKeys[old] != empty {
                var slot = home(oldKeys[old]) & mask
                while keys[slot] != empty { slot = (slot + 1) & mask }
                keys[slot] = oldKeys[old]
                (strings + slot).moveInitialize(from: oldStrings + old, count: 1)
            }
            oldKeys.deallocate()
            oldStrings.deallocate()
        }

        /// Releases the strings and the memory.
        func free() {
            for slot in 0...mask where keys[slot] != empty { (strings + slot).deinitialize(count: 1) }
            keys.deallocate()
            strings.deallocate()
        }
    }
}
