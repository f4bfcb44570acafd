import Foundation

/// Shares one `String` among equal texts read from JSON: 4,000 school roadmaps repeat the same few
/// hundred titles, executors, indicators and documents, and one shared copy saves a heap block, a
/// UTF-8 check and the memory of every repeat.
///
/// Not thread-safe: each worker of a parallel load keeps its own. Only texts longer than 15 bytes
/// are kept (shorter ones are stored inline in `String` and cost nothing to make); the table stops
/// taking new texts once it holds `capacity / 2`, so unique texts (dated evidence) cannot grow it.
final class StringInterner {
    private let hashes: UnsafeMutablePointer<UInt64>
    private let strings: UnsafeMutablePointer<String>
    private var count = 0
    private let mask: Int

    /// Periods already parsed, by text (every file states one; a workspace has a handful).
    private var periods: [String: Period] = [:]

    /// `Period(parsing:)`, remembered.
    func period(_ text: String) -> Period? {
        if let hit = periods[text] { return hit }
        let parsed = Period(parsing: text)
        if let parsed, periods.count < 64 { periods[text] = parsed }
        return parsed
    }

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

    /// A table of `capacity` slots, rounded up to a power of two.
    init(capacity: Int = 1 << 15) {
        var size = 16
        while size < capacity { size <<= 1 }
        hashes = .allocate(capacity: size)
        hashes.initialize(repeating: 0, count: size)
        strings = .allocate(capacity: size)
        strings.initialize(repeating: "", count: size)
        mask = size - 1
    }

    deinit {
        strings.deinitialize(count: mask + 1)
        strings.deallocate()
        hashes.deallocate()
    }

    /// The shared string equal to the UTF-8 `bytes` (which must be valid UTF-8 without escapes).
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        let hash = Self.hash(bytes) | 1  // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, Self.equal(strings[slot], bytes) { return strings[slot] }
            slot = (slot + 1) & mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
        if count < (mask + 1) / 2 {
            hashes[slot] = hash
            strings[slot] = made
            count += 1
        }
        return made
    }

    static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { u in memcmp(u.baseAddress!, bytes.baseAddress!, u.count) == 0 }
            ?? utf8.elementsEqual(bytes)
    }

    /// A fast 64-bit hash of a byte string, eight bytes at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }
}
