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

@Suite struct ZipWriterTests {
    @Test func entriesComeBackWithTheirNamesBytesAndChecksums() throws {
        var writer = ZipWriter()
        writer.add("a.txt", text: "123456789")
        writer.add("папка/б.xml", text: "<x>ё</x>")
        writer.add("empty", Data())
        let data = try writer.archive()
        let entries = try StoredZip.entries(data)
        #expect(entries.map(\.name) == ["a.txt", "папка/б.xml", "empty"])
        #expect(String(decoding: entries[0].data, as: UTF8.self) == "123456789")
        #expect(String(decoding: entries[1].data, as: UTF8.self) == "<x>ё</x>")
        #expect(entries[2].data.isEmpty)
        // The CRC-32 of «123456789» (the check value) stands in the first local header at offset 14.
        let bytes = [UInt8](data)
        #expect(StoredZip.u32(bytes, 14) == 0xCBF4_3926)
        // Sizes by hand: three local headers (30 bytes + name + data), three directory records
        // (46 + name), the end record (22).
        let names = [5, "папка/б.xml".utf8.count, 5]
        let sizes = [9, "<x>ё</x>".utf8.count, 0]
        let local = zip(names, sizes).map { 30 + $0 + $1 }.reduce(0, +)
        let central = names.map { 46 + $0 }.reduce(0, +)
        #expect(data.count == local + central + 22)
        #expect(StoredZip.u32(bytes, data.count - 6) == local)
    }

    @Test func theSameEntriesGiveTheSameBytes() throws {
        var a = ZipWriter()
        a.add("x", text: "1")
        var b = ZipWriter()
        b.add("x", text: "1")
        #expect(try a.archive() == b.archive())
        // The fixed date 1980-01-01 00:00 (MS-DOS date 0x0021, time 0).
        let bytes = [UInt8](try a.archive())
        #expect(StoredZip.u16(bytes, 10) == 0 && StoredZip.u16(bytes, 12) == 0x21)
    }

    @Test(arguments: ["", "/etc/passwd", "a/../b", "a\\b"])
    func unsafeNamesAreRefused(name: String) {
        var zip = ZipWriter()
        zip.add(name, text: "x")
        #expect(throws: ZipWriter.Failure.badName(name)) { try zip.archive() }
    }

    @Test func aRepeatedNameIsRefused() {
        var zip = ZipWriter()
        zip.add("a", text: "1")
        zip.add("a", text: "2")
        #expect(throws: ZipWriter.Failure.badName("a")) { try zip.archive() }
    }

    @Test func writeReplacesTheFileAtomically() throws {
        let directory = TemporaryDirectory.url("zip")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("out.zip")
        var zip = ZipWriter()
        zip.add("a", text: "1")
        try zip.write(to: url)
        #expect(try Data(contentsOf: url) == zip.archive())
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == ["out.zip"], "no temporary file left")
    }
}

@Suite struct DeflateCompressorTests {
    static let samples: [String] = [
        "", "a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "abcabcabcabcabcabcabcabcabcabd",
        String(repeating: "<c r=\"A1\" s=\"3\" t=\"s\"><v>17</v></c>", count: 500),
        String(repeating: "Назначение ответственных лиц на школьном уровне; ", count: 40),
    ]

    @Test(arguments: samples)
    func roundTrips(text: String) throws {
        let input = [UInt8](text.utf8)
        let deflated = DeflateCompressor.compress(input)
        #expect(FixedInflater.inflate(deflated) == input)
    }

    @Test func everyByteValueAndLongDistances() throws {
        // Pseudo-random bytes (no matches), then a copy of them 40,000 bytes later (beyond the
        // 32 KiB window: literals again) and one 1,000 bytes later (a match).
        var state: UInt32 = 12345
        var input: [UInt8] = (0..<40_000).map { _ in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        input += input.prefix(1000) + input.suffix(1000) + Array(0...255)
        #expect(FixedInflater.inflate(DeflateCompressor.compress(input)) == input)
    }

    @Test func repetitiveXMLShrinks() {
        let input = [UInt8](String(repeating: "<row r=\"7\"><c r=\"A7\" s=\"2\" t=\"s\"><v>5</v></c></row>", count: 1000).utf8)
        #expect(DeflateCompressor.compress(input).count * 10 < input.count)
    }

    @Test func aZipStoresWhatDoesNotShrink() throws {
        var zip = ZipWriter()
        zip.add("small", text: "ab")
        zip.add("big", text: String(repeating: "xyz", count: 1000))
        let bytes = [UInt8](try zip.archive())
        #expect(StoredZip.u16(bytes, 8) == 0, "two bytes: stored")
        let second = 30 + 5 + 2
        #expect(StoredZip.u16(bytes, second + 8) == 8, "3,000 bytes of a pattern: deflated")
        #expect(try StoredZip.entries(Data(bytes)).map(\.data.count) == [2, 3000])
    }
}
