import Foundation

/// Reads a zip archive held in memory: the end-of-central-directory record, the central
/// directory, and on request one entry's data (stored or deflate), checked against its size and
/// CRC-32. Limits (`ZipLimits`) are checked on the directory before anything is inflated, so a
/// zip bomb is refused at once; an entry whose data inflates beyond what its header says stops
/// there.
package struct ZipReader: Sendable {
    /// One file of the archive as the central directory lists it.
    package struct Entry: Hashable, Sendable {
        package var name: String
        package var method: Int
        package var crc32: UInt32
        package var compressedSize: Int
        package var uncompressedSize: Int
        var localHeaderOffset: Int
        var flags: Int
    }

    /// The file name used in messages.
    package let fileName: String
    package let entries: [Entry]
    package let limits: ZipLimits
    private let bytes: [UInt8]
    private let index: [String: Int]

    /// Whether `data` starts like a zip archive (a local file header or an empty archive).
    package static func looksLikeZip(_ data: Data) -> Bool {
        data.count >= 4 && data[data.startIndex] == 0x50 && data[data.startIndex + 1] == 0x4B
            && [0x03, 0x05].contains(data[data.startIndex + 2])
    }

    /// Opens an archive and reads its central directory.
    package init(data: Data, fileName: String, limits: ZipLimits = .standard) throws(ZipReadError) {
        self.fileName = fileName
        self.limits = limits
        self.bytes = [UInt8](data)
        let end = try Self.endRecord(bytes, fileName: fileName)
        let bytes = self.bytes
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        let disk = u16(end + 4)
        let directoryDisk = u16(end + 6)
        let count = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
            || (end >= 20 && u32(end - 20) == 0x0706_4B50)
        {
            throw .zip64(file: fileName)
        }
        guard disk == 0, directoryDisk == 0 else {
            throw .unsupported(
                file: fileName, entry: "",
                detail: LocalizedText(ru: "многотомный архив не поддерживается", en: "multi-disk archives are not supported"))
        }
        guard count <= limits.maxEntries else {
            throw .limitExceeded(
                file: fileName,
                detail: LocalizedText(
                    ru: "\(count) файлов в архиве (предел \(limits.maxEntries))",
                    en: "\(count) entries (limit \(limits.maxEntries))"))
        }
        guard directoryOffset + directorySize <= end else {
            throw .truncated(file: fileName, detail: "central directory")
        }
        var entries: [Entry] = []
        var position = directoryOffset
        var total = 0
        for number in 0..<count {
            guard position + 46 <= end else { throw .truncated(file: fileName, detail: "central directory entry \(number + 1)") }
            guard u32(position) == 0x0201_4B50 else {
                throw .corrupt(file: fileName, detail: "central directory entry \(number + 1) has no signature")
            }
            let nameLength = u16(position + 28)
            let extraLength = u16(position + 30)
            let commentLength = u16(position + 32)
            guard position + 46 + nameLength + extraLength + commentLength <= end else {
                throw .truncated(file: fileName, detail: "central directory entry \(number + 1)")
            }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                name: name, method: u16(position + 10), crc32: UInt32(u32(position + 16)),
                compressedSize: u32(position + 20), uncompressedSize: u32(position + 24),
                localHeaderOffset: u32(position + 42), flags: u16(position + 8))
            if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
                || entry.localHeaderOffset == 0xFFFF_FFFF
            {
                throw .zip64(file: fileName)
            }
            try Self.check(entry, limits: limits, fileName: fileName)
            total += entry.uncompressedSize
            guard total <= limits.maxTotalSize else {
                throw .limitExceeded(
                    file: fileName,
                    detail: LocalizedText(
                        ru: "всего распакованных данных больше \(limits.maxTotalSize) байт",
                        en: "the entries inflate to more than \(limits.maxTotalSize) bytes in total"))
            }
            entries.append(entry)
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
        var index: [String: Int] = [:]
        for (i, entry) in entries.enumerated() where index[entry.name] == nil { index[entry.name] = i }
        self.index = index
    }

    /// Refuses an entry whose declared size or ratio is over the limits.
    private static func check(_ entry: Entry, limits: ZipLimits, fileName: String) throws(ZipReadError) {
        guard entry.uncompressedSize <= limits.maxEntrySize else {
            throw .limitExceeded(
                file: fileName,
                detail: LocalizedText(
                    ru: "\(entry.name) распаковывается в \(entry.uncompressedSize) байт (предел \(limits.maxEntrySize))",
                    en: "\(entry.name) inflates to \(entry.uncompressedSize) bytes (limit \(limits.maxEntrySize))"))
        }
        if entry.uncompressedSize > limits.ratioFloor,
            entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio
        {
            throw .limitExceeded(
                file: fileName,
                detail: LocalizedText(
                    ru:
                        "\(entry.name) сжат в \(entry.uncompressedSize / max(entry.compressedSize, 1)) раз (предел \(limits.maxRatio))",
                    en:
                        "\(entry.name) is compressed \(entry.uncompressedSize / max(entry.compressedSize, 1)) to 1 (limit \(limits.maxRatio))"
                ))
        }
    }

    /// The byte offset of the end-of-central-directory record, searched backwards over the
    /// largest possible archive comment.
    private static func endRecord(_ bytes: [UInt8], fileName: String) throws(ZipReadError) -> Int {
        guard bytes.count >= 22 else { throw .notZip(file: fileName) }
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while at >= lowest {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06,
                at + 22 + (Int(bytes[at + 20]) | Int(bytes[at + 21]) << 8) == bytes.count
            {
                return at
            }
            at -= 1
        }
        throw .notZip(file: fileName)
    }

    /// Whether the archive has an entry of this name.
    package func contains(_ name: String) -> Bool { index[name] != nil }

    /// The names of the entries, in directory order.
    package var names: [String] { entries.map(\.name) }

    /// The inflated bytes of an entry, checked against its size and CRC-32.
    package func data(_ name: String) throws(ZipReadError) -> [UInt8] {
        guard let i = index[name] else { throw .missingEntry(file: fileName, entry: name) }
        let entry = entries[i]
        if entry.flags & 1 != 0 {
            throw .unsupported(
                file: fileName, entry: name,
                detail: LocalizedText(
                    ru: "файл зашифрован; снимите пароль и сохраните заново",
                    en: "the entry is encrypted; remove the password and save again"
                ))
        }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count else { throw .truncated(file: fileName, detail: "local header of \(name)") }
        guard bytes[header] == 0x50, bytes[header + 1] == 0x4B, bytes[header + 2] == 0x03, bytes[header + 3] == 0x04 else {
            throw .corrupt(file: fileName, detail: "the local header of \(name) has no signature")
        }
        let nameLength = Int(bytes[header + 26]) | Int(bytes[header + 27]) << 8
        let extraLength = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
        let start = header + 30 + nameLength + extraLength
        guard start + entry.compressedSize <= bytes.count else {
            throw .truncated(file: fileName, detail: "the data of \(name)")
        }
        let raw = Array(bytes[start..<(start + entry.compressedSize)])
        let output: [UInt8]
        switch entry.method {
        case 0: output = raw
        case 8:
            do {
                output = try Inflater.inflate(raw, limit: entry.uncompressedSize, expectedSize: entry.uncompressedSize)
            } catch {
                if case .outputLimit = error {
                    throw .badData(
                        file: fileName, entry: name,
                        detail: LocalizedText(
                            ru: "распаковывается больше чем в \(entry.uncompressedSize) байт, указанных в заголовке",
                            en: "inflates to more than the \(entry.uncompressedSize) bytes its header states"))
                }
                throw .badData(file: fileName, entry: name, detail: error.message)
            }
        default: throw .unsupportedMethod(file: fileName, entry: name, method: entry.method)
        }
        guard output.count == entry.uncompressedSize else {
            throw .sizeMismatch(file: fileName, entry: name, expected: entry.uncompressedSize, found: output.count)
        }
        let crc = CRC32.checksum(output)
        guard crc == entry.crc32 else { throw .checksum(file: fileName, entry: name, expected: entry.crc32, found: crc) }
        return output
    }
}
