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

/// Archives written by Python's zipfile (Fixtures/office/make_zip_fixtures.py).
@Suite struct ZipReaderTests {
    static func archive(_ name: String, limits: ZipLimits = .standard) throws -> ZipReader {
        try ZipReader(data: try Fixture.data("office/zip/\(name)"), fileName: name, limits: limits)
    }

    @Test func readsStoredAndDeflatedEntries() throws {
        let zip = try Self.archive("two-entries.zip")
        #expect(zip.names == ["docs/", "stored.txt", "word/document.txt"])
        let seed = [UInt8](try Fixture.data(Fixture.Seed.svetlogorsk.path))
        #expect(try zip.data("stored.txt") == Array(seed[..<1000]))
        #expect(try zip.data("word/document.txt") == seed)
        #expect(zip.entries.map(\.method) == [0, 0, 8])
    }

    @Test func aMissingEntryIsNamed() throws {
        let zip = try Self.archive("two-entries.zip")
        #expect(throws: ZipReadError.missingEntry(file: "two-entries.zip", entry: "word/styles.xml")) {
            try zip.data("word/styles.xml")
        }
    }

    @Test func zipBombIsRefusedBeforeInflating() throws {
        #expect {
            try Self.archive("bomb.zip")
        } throws: { error in
            guard case .limitExceeded(let file, let detail) = error as? ZipReadError else { return false }
            return file == "bomb.zip" && detail.en.contains("sheet1.xml") && detail.en.contains("limit 200")
        }
    }

    @Test func perEntrySizeLimit() throws {
        #expect {
            try Self.archive("two-entries.zip", limits: ZipLimits(maxEntrySize: 10_000))
        } throws: { error in
            guard case .limitExceeded(_, let detail) = error as? ZipReadError else { return false }
            return detail.en == "word/document.txt inflates to 12493 bytes (limit 10000)"
        }
    }

    @Test func totalSizeAndEntryCountLimits() throws {
        #expect {
            try Self.archive("two-entries.zip", limits: ZipLimits(maxTotalSize: 13_000))
        } throws: { error in
            guard case .limitExceeded(_, let detail) = error as? ZipReadError else { return false }
            return detail.en.contains("more than 13000 bytes in total")
        }
        #expect {
            try Self.archive("two-entries.zip", limits: ZipLimits(maxEntries: 2))
        } throws: { error in
            guard case .limitExceeded(_, let detail) = error as? ZipReadError else { return false }
            return detail.en == "3 entries (limit 2)"
        }
    }

    @Test func anEntryLargerThanItsHeaderSaysStops() throws {
        let zip = try Self.archive("understated.zip")
        #expect {
            try zip.data("big.txt")
        } throws: { error in
            guard case .badData(let file, let entry, let detail) = error as? ZipReadError else { return false }
            return file == "understated.zip" && entry == "big.txt" && detail.en.contains("more than the 1000 bytes")
        }
    }

    @Test func damagedDataIsCaught() throws {
        let zip = try Self.archive("damaged.zip")
        #expect(throws: (any Error).self) { try zip.data("word/document.txt") }
        #expect(try zip.data("stored.txt").count == 1000)
    }

    @Test(arguments: ["truncated.zip"])
    func truncatedArchiveIsOneClearError(name: String) throws {
        #expect(throws: ZipReadError.notZip(file: name)) { try Self.archive(name) }
    }

    @Test func textFileIsNotZip() throws {
        let data = try Fixture.data(Fixture.Seed.svetlogorsk.path)
        #expect(!ZipReader.looksLikeZip(data))
        #expect(throws: ZipReadError.notZip(file: "plan.docx")) { try ZipReader(data: data, fileName: "plan.docx") }
        #expect(throws: ZipReadError.notZip(file: "x.xlsx")) { try ZipReader(data: Data([0x50, 0x4B]), fileName: "x.xlsx") }
    }

    @Test func zip64IsRefused() throws {
        // An empty archive's end record claiming 0xFFFF entries (the ZIP64 marker).
        var bytes: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]
        bytes += [UInt8](repeating: 0, count: 10)
        #expect(throws: ZipReadError.zip64(file: "big.xlsx")) { try ZipReader(data: Data(bytes), fileName: "big.xlsx") }
    }

    @Test func errorMessagesNameTheFileInBothLanguages() {
        let error = ZipReadError.notZip(file: "plan.docx")
        #expect(error.message.ru.hasPrefix("plan.docx: не zip-архив"))
        #expect(error.message.en.hasPrefix("plan.docx: not a zip archive"))
    }
}
