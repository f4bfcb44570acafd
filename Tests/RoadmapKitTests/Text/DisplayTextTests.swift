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

/// What reaches a terminal or a Markdown viewer shows names as text (issue 20, item 13).
@Suite struct DisplayTextTests {
    @Test(arguments: [
        ("Школа\u{1B}[2J№ 1", "Школа\\u{1B}[2J№ 1"),  // an ANSI escape that clears the screen
        ("МБОУ \u{202E}1 ШОС", "МБОУ \\u{202E}1 ШОС"),  // a right-to-left override
        ("a\u{7}b\u{9B}c\u{2066}d", "a\\u{7}b\\u{9B}c\\u{2066}d"),  // bell, C1 CSI, an isolate
        ("строка 1\nстрока 2\tконец", "строка 1\nстрока 2\tконец"),  // line feed and tab stay
    ])
    func hiddenCharactersAreWrittenOut(_ text: String, _ shown: String) {
        #expect(DisplayText.neutralized(text) == shown)
    }

    @Test func skeletonMarkdownCellsCannotCarryHTML() {
        #expect(
            SkeletonRendering.cell("<script>alert(1)</script> | R&D\nстрока")
                == "&lt;script&gt;alert(1)&lt;/script&gt; \\| R&amp;D<br>строка")
    }

    @Test func complianceMarkdownCellsCannotCarryHTMLOrEscapes() {
        #expect(ComplianceMarkdownRenderer.cell("<b>Регион</b>\u{1B}[31m") == "\\<b\\>Регион\\</b\\>\\\\u{1B}[31m")
    }

    /// A zero-width space or a decomposed «й» does not make a school look new.
    @Test(arguments: [
        "МБОУ «СОШ\u{200B} № 1»", "МБОУ «СОШ № 1»\u{FEFF}", "МБОУ «СОШ № 1\u{AD}»",
    ])
    func invisibleCharactersDoNotChangeASchoolsKey(_ name: String) {
        #expect(UnitNameMatching.schoolKey(name) == UnitNameMatching.schoolKey("МБОУ «СОШ № 1»"))
    }

    @Test func decomposedLettersMatchPrecomposedOnes() {
        let decomposed = "Краи\u{306}"  // «Край» typed as и + combining breve
        #expect(UnitNameMatching.normalized(decomposed).unicodeScalars.count == 4)
        #expect(UnitNameMatching.municipalityKey("\(decomposed)ний район") == UnitNameMatching.municipalityKey("Крайний район"))
        #expect(UnitNameMatching.municipalityKey("Светло\u{200B}горский ГО") == UnitNameMatching.municipalityKey("Светлогорский ГО"))
    }
}
