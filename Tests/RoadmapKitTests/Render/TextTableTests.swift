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

/// The column count of a cell is its `Character` count, on the scalar fast path and off it.
@Suite struct TextTableTests {
    @Test(arguments: Fixture.Seed.allCases)
    func columnsAreCharactersOnEverySeedLine(seed: Fixture.Seed) throws {
        let lines = try Fixture.text(seed.path).split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        for line in lines { #expect(TextTable.columns(line) == line.count, "\(line)") }
    }

    @Test(arguments: [
        "МАОУ «Лицей № 42» — 27,5 %", "Ёлка “ёж”", "е\u{308}лка", "Руководители\r\nшкол", "tab\there", "👩‍👩‍👧 семья",
        "\u{483}", "a\u{200D}b", "", "Ӂ‼\u{FE0F}",
    ])
    func columnsAreCharacters(text: String) {
        #expect(TextTable.columns(text) == text.count)
    }

    @Test func alignsCyrillicCellsByCharacters() {
        let table = TextTable(header: ["Школа", "%"], alignments: [.left, .right], rows: [["Лицей № 2", "40 %"], ["е\u{308}ж", "5 %"]])
        #expect(
            table.render() == """
                Школа         %
                ─────────  ────
                Лицей № 2  40 %
                е\u{308}ж          5 %

                """)
    }
}
