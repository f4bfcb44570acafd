import Foundation
import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// A few lines of zip parsing for tests: walks the end record and the central directory, checks
/// every local header against its directory record and every entry's CRC-32, and returns the
/// entries' bytes by name. Stored and deflated entries (what `ZipWriter` writes; inflated by
/// `FixedInflater`).
enum StoredZip {
    static func u16(_ d: [UInt8], _ at: Int) -> Int { Int(d[at]) | Int(d[at + 1]) << 8 }
    static func u32(_ d: [UInt8], _ at: Int) -> Int { u16(d, at) | u16(d, at + 2) << 16 }

    static func entries(_ data: Data) throws -> [(name: String, data: Data)] {
        let d = [UInt8](data)
        let end = d.count - 22
        try #require(end >= 0 && u32(d, end) == 0x0605_4B50, "no end of central directory record")
        let count = u16(d, end + 10)
        #expect(u16(d, end + 8) == count)
        let directorySize = u32(d, end + 12)
        let directoryOffset = u32(d, end + 16)
        #expect(directoryOffset + directorySize == end, "the directory ends where the end record starts")
        var result: [(String, Data)] = []
        var p = directoryOffset
        for _ in 0..<count {
            try #require(u32(d, p) == 0x0201_4B50, "central directory record expected at \(p)")
            let method = u16(d, p + 10)
            let crc = u32(d, p + 16)
            let compressed = u32(d, p + 20)
            let size = u32(d, p + 24)
            let nameLength = u16(d, p + 28)
            let extra = u16(d, p + 30)
            let comment = u16(d, p + 32)
            let local = u32(d, p + 42)
            let name = String(decoding: d[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            #expect(method == 0 && compressed == size || method == 8 && compressed < size)
            try #require(u32(d, local) == 0x0403_4B50, "local header of \(name) expected at \(local)")
            #expect(u32(d, local + 14) == crc && u32(d, local + 18) == compressed && u32(d, local + 22) == size)
            #expect(u16(d, local + 8) == method)
            let localName = u16(d, local + 26)
            let start = local + 30 + localName + u16(d, local + 28)
            #expect(String(decoding: d[(local + 30)..<(local + 30 + localName)], as: UTF8.self) == name)
            let raw = [UInt8](d[start..<(start + compressed)])
            let bytes = Data(try #require(method == 8 ? FixedInflater.inflate(raw) : raw, "\(name) inflates"))
            #expect(bytes.count == size)
            #expect(Int(CRC32.checksum(bytes)) == crc, "CRC-32 of \(name)")
            result.append((name, bytes))
            p += 46 + nameLength + extra + comment
        }
        #expect(p == end)
        return result
    }

    /// One entry's text.
    static func text(_ data: Data, _ name: String) throws -> String {
        let entry = try #require(try entries(data).first { $0.name == name }, "no entry \(name)")
        return String(decoding: entry.data, as: UTF8.self)
    }
}
