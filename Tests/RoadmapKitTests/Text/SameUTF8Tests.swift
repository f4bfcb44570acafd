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

/// Byte equality for memo keys: equal bytes only, no Unicode normalisation.
@Suite struct SameUTF8Tests {
    @Test(arguments: [
        ("До 15.02.2023", "До 15.02.2023", true),
        ("", "", true),
        ("До 15.02.2023", "До 15.02.2024", false),
        ("До 15.02.2023", "До 15.02.2023 ", false),
        // «й» as one scalar and as «и» + combining breve: `==` says equal, the bytes differ.
        ("Светлый", "Светлы\u{0438}\u{0306}", false),
    ])
    func comparesBytes(_ a: String, _ b: String, _ same: Bool) {
        #expect(a.hasSameUTF8(as: b) == same)
        #expect(b.hasSameUTF8(as: a) == same)
    }

    @Test func aBridgedOrSlicedStringComparesLikeANativeOne() {
        let text = "Руководители школ, муниципальные координаторы"
        let sliced = String(text.dropFirst(0))
        let built = String(decoding: Array(text.utf8), as: UTF8.self)
        #expect(text.hasSameUTF8(as: sliced))
        #expect(text.hasSameUTF8(as: built))
        #expect("Светлый" == "Светлы\u{0438}\u{0306}")
    }

    @Test func aUTF8KeyFindsOnlyTheSameBytes() {
        var table: [UTF8Key: Int] = [UTF8Key("Светлый"): 1]
        table[UTF8Key("Светлы\u{0438}\u{0306}")] = 2
        #expect(table.count == 2)
        #expect(table[UTF8Key(String(decoding: Array("Светлый".utf8), as: UTF8.self))] == 1)
        #expect(table[UTF8Key("светлый")] == nil)
    }
}
