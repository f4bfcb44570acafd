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

/// One escaper for HTML pages and Office XML: the same five characters, the dialect's apostrophe,
/// and XML's rules for whitespace and characters it does not allow.
@Suite struct MarkupEscapeTests {
    @Test func htmlKeepsWhitespaceAndControlsAndWritesTheNumericApostrophe() {
        #expect(MarkupEscape.escape("a'b\n\tc\u{07}", for: .html) == "a&#39;b\n\tc\u{07}")
        #expect(MarkupEscape.escape("a'b\n\tc\u{07}", for: .xml) == "a&apos;b&#10;&#9;c\u{FFFD}")
    }

    /// A combining mark after `&` or `<` makes one Character with it; read by Character (as the
    /// skeleton page once did) the `&` stayed unescaped. Both dialects read scalars.
    @Test(arguments: [MarkupEscape.Dialect.html, .xml])
    func aCombiningMarkDoesNotHideMarkup(_ dialect: MarkupEscape.Dialect) {
        #expect(MarkupEscape.escape("&\u{301}amp; <\u{338}b>", for: dialect) == "&amp;\u{301}amp; &lt;\u{338}b&gt;")
    }

    @Test func theSkeletonPageEscapesLikeTheComplianceReport() {
        let roadmap = Roadmap(
            owner: .school(SchoolID("s")), title: "", period: .calendarYear(2023),
            sections: [RoadmapSection(title: "", activities: [Activity(id: "1", title: "<script> &\u{301}x")])])
        let page = SkeletonRendering.html(roadmap, schoolName: "Школа")
        #expect(page.contains("&lt;script&gt; &amp;\u{301}x"))
        #expect(!page.contains("<script>"))
    }
}
