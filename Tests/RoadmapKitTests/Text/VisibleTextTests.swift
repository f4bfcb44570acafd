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

/// `hasVisibleText` (asked for every document of every activity in bulk compliance) has a fast path
/// by first byte; it must agree with the plain definition: some scalar is not Unicode white space.
@Suite struct VisibleTextTests {
    static func plain(_ text: String) -> Bool { text.unicodeScalars.contains { !$0.properties.isWhitespace } }

    @Test func everyScalarUpToU07FFAloneAndBeforeASpaceAgreesWithThePlainDefinition() {
        for value in UInt32(0)...0x07FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(Character(scalar)), String(Character(scalar)) + " ", " " + String(Character(scalar))] {
                #expect(text.hasVisibleText == Self.plain(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test(arguments: [
        ("Аналитическая справка", true), ("", false), ("   ", false), ("\u{00A0}\u{00A0}", false), ("\u{0085}", false),
        ("\u{3000}Приказ", true), ("\t\n", false), ("\u{2003}", false), ("«Программа»", true), ("№ 5", true),
    ])
    func seedLikeTexts(text: String, visible: Bool) {
        #expect(text.hasVisibleText == visible)
        #expect(Self.plain(text) == visible)
    }
}
