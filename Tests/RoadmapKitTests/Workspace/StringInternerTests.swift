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

/// `StringInterner`: one shared `String` per text a worker reads, right whatever the table holds.
@Suite struct StringInternerTests {
    static func intern(_ interner: StringInterner, _ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { interner.string($0) } ?? "(not UTF-8)"
    }

    /// Bytes that are not UTF-8 are not interned (nor repaired): the parser then reports them.
    @Test(arguments: [[0xD0, 0x9F, 0xCF, 0xF0], Array("Руководитель общеобразовательной".utf8) + [0xCF]])
    func bytesThatAreNotUTF8GiveNoString(_ bytes: [UInt8]) {
        let interner = StringInterner()
        #expect(bytes.withUnsafeBufferPointer { interner.string($0) } == nil)
        #expect(bytes.withUnsafeBufferPointer { interner.string($0) } == nil)
    }

    @Test func equalLongTextsShareOneString() {
        let interner = StringInterner()
        let text = "Руководитель общеобразовательной организации"
        let first = Self.intern(interner, text)
        let second = Self.intern(interner, String(text))
        #expect(first == text && second == text)
        var a = first
        var b = second
        let sameStorage = a.withUTF8 { x in b.withUTF8 { y in x.baseAddress == y.baseAddress } }
        #expect(sameStorage)
    }

    @Test func differentTextsStayDifferentEvenWhenTheirHashesCollideInTheTable() {
        let interner = StringInterner(capacity: 16)
        let texts = (0..<8).map { "Аналитическая справка № \($0) от 07.05.2023" }
        let interned = texts.map { Self.intern(interner, $0) }
        #expect(interned == texts)
        #expect(texts.map { Self.intern(interner, $0) } == texts)
    }

    @Test func aFullTableStillReturnsTheRightText() {
        let interner = StringInterner(capacity: 16)
        let texts = (0..<100).map { "Протокол заседания методического совета № \($0)" }
        #expect(texts.map { Self.intern(interner, $0) } == texts)
        #expect(texts.map { Self.intern(interner, $0) } == texts)
    }

    @Test func shortTextsAreMadeDirectly() {
        let interner = StringInterner()
        #expect(Self.intern(interner, "r1") == "r1")
        #expect(Self.intern(interner, "") == "")
    }

    @Test func shortTextsAreFoundByTheirBytesAndStayApart() {
        let interner = StringInterner()
        // Ids of one to fifteen bytes, some differing only in their last byte or their length.
        let texts = ["r1", "r10", "r1 ", "1.", "1.1.", "risk1", "m2.1", "123456789012345", "12345678901234", "Приказ", "2023"]
        #expect(texts.map { Self.intern(interner, $0) } == texts)
        #expect(texts.map { Self.intern(interner, $0) } == texts)
    }

    @Test func tablesGrowAndKeepEveryText() {
        let interner = StringInterner()
        let long = (0..<5000).map { "Протокол заседания методического совета № \($0)" }
        let short = (0..<3000).map { "s\($0)" }
        let first = long.map { Self.intern(interner, $0) }
        #expect(first == long)
        #expect(short.map { Self.intern(interner, $0) } == short)
        #expect(long.map { Self.intern(interner, $0) } == long)
        #expect(short.map { Self.intern(interner, $0) } == short)
        // Texts taken before the tables grew are still shared afterwards.
        var a = first[0]
        var b = Self.intern(interner, long[0])
        #expect(a.withUTF8 { x in b.withUTF8 { y in x.baseAddress == y.baseAddress } })
    }

    /// The reader hashes a string while it looks for its end (`JSONParser.sharedString()`);
    /// `string(_:)` hashes the bytes it is given. Both must find the same shared text, whatever the
    /// length of its last word.
    @Test func theReadersHashIsTheInternersHash() throws {
        let interner = StringInterner()
        for length in 16...40 {
            let text = String(repeating: "Ш", count: length / 2) + (length % 2 == 1 ? "." : "")
            let json = Array("[\"\(text)\", \"r\(length)\", null]".utf8)
            let value = try json.withUnsafeBufferPointer { buffer in
                var parser = JSONParser(buffer: buffer, interner: interner)
                return try parser.value(depth: 0)
            }
            guard case .array(let items) = value, case .string(var read) = items[0], case .string(let id) = items[1] else {
                Issue.record("not read: \(value)")
                return
            }
            var interned = Self.intern(interner, text)
            #expect(read == text && id == "r\(length)")
            #expect(read.withUTF8 { x in interned.withUTF8 { y in x.baseAddress == y.baseAddress } }, "\(length) bytes")
        }
    }
}
