import Foundation

/// Writes a zip archive (APPNOTE 6.3): a local header and the bytes of each entry, then the
/// central directory and the end record. An entry is deflated (`DeflateCompressor`) when that
/// makes it smaller, else stored as it is.
///
/// The output is deterministic: every entry carries the same fixed timestamp (1980-01-01 00:00,
/// the earliest MS-DOS date), so the same entries always give the same bytes. Names are UTF-8
/// (general purpose flag bit 11). No zip64: an archive is refused beyond 65,535 entries or
/// 4 GiB, far above any report.
package struct ZipWriter: Sendable {
    /// One file of the archive.
    package struct Entry: Hashable, Sendable {
        /// The path inside the archive («xl/workbook.xml»), `/`-separated.
        package var name: String
        package var data: Data

        package init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    /// Why an archive cannot be made.
    package enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// More entries or bytes than a zip without zip64 holds, or (a workbook) more rows or
        /// columns than a sheet holds.
        case tooLarge
        /// An entry name that is empty, absolute, has «..» or a backslash, or repeats another.
        case badName(String)

        package var description: String { message.en }

        /// The message in both languages.
        package var message: LocalizedText {
            switch self {
            case .tooLarge:
                LocalizedText(
                    ru:
                        "файл превышает предел формата: 65 535 частей zip или 4 ГиБ (zip64 не пишется), либо 1 048 576 строк или 16 384 столбца на листе",
                    en:
                        "the file exceeds a format limit: 65,535 zip entries or 4 GiB (zip64 is not written), or 1,048,576 rows or 16,384 columns in a sheet"
                )
            case .badName(let name):
                LocalizedText(
                    ru: "имя части zip «\(name)» пустое, абсолютное, повторяется или содержит «..» или «\\»",
                    en: "zip entry name \"\(name)\" is empty, absolute, repeated or has «..» or «\\»")
            }
        }
    }

    package private(set) var entries: [Entry] = []
    /// Whether entries are deflated when that makes them smaller; `false` stores every entry.
    package var compresses: Bool

    package init(compresses: Bool = true) { self.compresses = compresses }

    /// Adds an entry; entries are written in the order added.
    package mutating func add(_ name: String, _ data: Data) {
        entries.append(Entry(name: name, data: data))
    }

    /// Adds a text entry, UTF-8 encoded.
    package mutating func add(_ name: String, text: String) {
        add(name, Data(text.utf8))
    }

    /// MS-DOS time 00:00:00 and date 1980-01-01 ((1980 − 1980) << 9 | 1 << 5 | 1).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = 0x21
    /// Version needed to extract: 2.0 (stored and deflated entries).
    static let version: UInt16 = 20
    /// Flag bit 11: names are UTF-8.
    static let utf8Flag: UInt16 = 1 << 11

    /// The archive's bytes.
    package func archive() throws(Failure) -> Data {
        guard entries.count <= Int(UInt16.max) else { throw .tooLarge }
        var seen: Set<String> = []
        for entry in entries {
            let name = entry.name
            let bad =
                name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.split(separator: "/").contains("..")
                || !seen.insert(name).inserted
            if bad { throw .badName(name) }
        }
        var out = Data()
        var central = Data()
        for entry in entries {
            let offset = out.count
            let name = Data(entry.name.utf8)
            let crc = CRC32.checksum(entry.data)
            guard offset <= Int(UInt32.max), entry.data.count <= Int(UInt32.max), name.count <= Int(UInt16.max) else {
                throw .tooLarge
            }
            let size = UInt32(entry.data.count)
            let deflated = compresses ? DeflateCompressor.compress([UInt8](entry.data)) : []
            let method: UInt16 = compresses && deflated.count < entry.data.count ? 8 : 0
            let stored = method == 8 ? Data(deflated) : entry.data
            let storedSize = UInt32(stored.count)
            // Local file header.
            out.appendLE(UInt32(0x0403_4B50))
            out.appendLE(Self.version)
            out.appendLE(Self.utf8Flag)
            out.appendLE(method)  // 0 stored, 8 deflated
            out.appendLE(Self.dosTime)
            out.appendLE(Self.dosDate)
            out.appendLE(crc)
            out.appendLE(storedSize)  // compressed size
            out.appendLE(size)  // uncompressed size
            out.appendLE(UInt16(name.count))
            out.appendLE(UInt16(0))  // extra field length
            out.append(name)
            out.append(stored)
            // Its central directory record.
            central.appendLE(UInt32(0x0201_4B50))
            central.appendLE(Self.version)  // version made by: 2.0, MS-DOS attributes
            central.appendLE(Self.version)
            central.appendLE(Self.utf8Flag)
            central.appendLE(method)
            central.appendLE(Self.dosTime)
            central.appendLE(Self.dosDate)
            central.appendLE(crc)
            central.appendLE(storedSize)
            central.appendLE(size)
            central.appendLE(UInt16(name.count))
            central.appendLE(UInt16(0))  // extra field length
            central.appendLE(UInt16(0))  // comment length
            central.appendLE(UInt16(0))  // disk number start
            central.appendLE(UInt16(0))  // internal attributes
            central.appendLE(UInt32(0))  // external attributes
            central.appendLE(UInt32(offset))
            central.append(name)
        }
        let directoryOffset = out.count
        guard directoryOffset + central.count <= Int(UInt32.max) else { throw .tooLarge }
        out.append(central)
        // End of central directory record.
        out.appendLE(UInt32(0x0605_4B50))
        out.appendLE(UInt16(0))  // this disk
        out.appendLE(UInt16(0))  // disk with the directory
        out.appendLE(UInt16(entries.count))
        out.appendLE(UInt16(entries.count))
        out.appendLE(UInt32(central.count))
        out.appendLE(UInt32(directoryOffset))
        out.appendLE(UInt16(0))  // comment length
        return out
    }

    /// Writes the archive to `url` atomically (a temporary file renamed over the target).
    package func write(to url: URL) throws(ZipWriteError) {
        let data: Data
        do throws(Failure) { data = try archive() } catch { throw .archive(error) }
        do throws(WorkspaceError) { try AtomicFile.write(data, to: url) } catch { throw .write(error) }
    }
}

/// Why a zip archive was not written.
package enum ZipWriteError: Error, Sendable, CustomStringConvertible {
    case archive(ZipWriter.Failure)
    case write(WorkspaceError)

    package var description: String { message.en }

    /// The message in both languages.
    package var message: LocalizedText {
        switch self {
        case .archive(let failure): failure.message
        case .write(let error): error.message
        }
    }
}

extension Data {
    /// Appends an integer in little-endian byte order, as zip stores every field.
    fileprivate mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        Swift.withUnsafeBytes(of: &little) { append(contentsOf: $0) }
    }
}
