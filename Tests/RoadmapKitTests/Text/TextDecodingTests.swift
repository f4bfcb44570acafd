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

@Suite struct TextDecodingTests {
    static let russian =
        "Муниципалитет;Наименование ОО;Ответственный\nСветлогорский городской округ;МАОУ «ООШ п. Приморье» №1;Ёлкина Щ.Ю.\n"

    @Test func plainUTF8IsUTF8() {
        let decoded = TextDecoding.decode(Data(Self.russian.utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == Self.russian)
    }

    @Test func byteOrderMarkIsDroppedAndReported() {
        let decoded = TextDecoding.decode(Data(TextDecoding.utf8ByteOrderMark + Array(Self.russian.utf8)))
        #expect(decoded.encoding == .utf8WithByteOrderMark)
        #expect(decoded.text == Self.russian)
        #expect(decoded.text.unicodeScalars.first != "\u{FEFF}")
    }

    @Test func windows1251RoundTripsRussianText() throws {
        let bytes = try #require(TextDecoding.encodeWindows1251(Self.russian))
        #expect(bytes.count == Self.russian.unicodeScalars.count)
        let decoded = TextDecoding.decode(bytes)
        #expect(decoded.encoding == .windows1251)
        #expect(decoded.text == Self.russian)
    }

    @Test func knownWindows1251Bytes() throws {
        // «Ёё№» and the Cyrillic range boundaries, byte by byte.
        let bytes = try #require(TextDecoding.encodeWindows1251("АЯаяЁё№«»—"))
        #expect([UInt8](bytes) == [0xC0, 0xDF, 0xE0, 0xFF, 0xA8, 0xB8, 0xB9, 0xAB, 0xBB, 0x97])
    }

    @Test func everyAssignedByteRoundTrips() throws {
        let assigned = (0...255).map(UInt8.init).filter { $0 != 0x98 }
        let text = TextDecoding.decodeWindows1251(Data(assigned))
        let back = try #require(TextDecoding.encodeWindows1251(text))
        #expect([UInt8](back) == assigned)
        #expect(Set(text.unicodeScalars).count == assigned.count)
    }

    @Test func agreesWithFoundationWhereFoundationKnowsTheCodePage() throws {
        let assigned = (0x80...0xFF).map(UInt8.init).filter { $0 != 0x98 }
        guard let foundation = String(data: Data(assigned), encoding: .windowsCP1251) else { return }
        #expect(TextDecoding.decodeWindows1251(Data(assigned)) == foundation)
    }

    @Test func unassignedByteBecomesReplacementCharacter() {
        #expect(TextDecoding.decodeWindows1251(Data([0x41, 0x98])) == "A\u{FFFD}")
    }

    @Test(arguments: ["café", "😀", "中"])
    func charactersOutsideTheCodePageCannotBeEncoded(_ text: String) {
        #expect(TextDecoding.encodeWindows1251(text) == nil)
    }

    @Test func convertsWindows1251FileToUTF8() throws {
        let cp1251 = try #require(TextDecoding.encodeWindows1251(Self.russian))
        let utf8 = TextDecoding.convertWindows1251ToUTF8(cp1251)
        #expect(String(data: utf8, encoding: .utf8) == Self.russian)
        #expect(TextDecoding.decode(utf8).encoding == .utf8)
    }

    @Test func seedDocumentDecodesIdenticallyInBothEncodings() throws {
        let seed = try Fixture.text(Fixture.Seed.kaliningrad.path)
        let encodable = String(String.UnicodeScalarView(seed.unicodeScalars.filter { Windows1251.byte(for: $0) != nil }))
        let cp1251 = try #require(TextDecoding.encodeWindows1251(encodable))
        #expect(TextDecoding.decode(cp1251).text == encodable)
        #expect(TextDecoding.decode(Data(encodable.utf8)).text == encodable)
    }
}
