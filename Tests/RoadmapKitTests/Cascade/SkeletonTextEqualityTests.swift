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

/// The merge's text comparison answers as `String ==` does (canonical equivalence), whether it
/// decides by the bytes or hands the pair to `String`.
@Suite struct SkeletonTextEqualityTests {
    static let pairs: [(String, String)] = [
        ("Руководитель ОО", "Руководитель ОО"),
        ("Руководитель ОО", "Руководитель школы"),
        ("До 15.02.2023", "До 15.03.2023"),
        ("«Точка роста» — № 5", "«Точка роста» — № 5"),
        ("«Точка роста» — № 5", "«Точка роста» – № 5"),
        ("", ""),
        ("", "Аналитическая справка"),
        // The same text in other bytes: «й» composed and decomposed, «Å», the Kelvin sign.
        ("Пройти курсы", "Пройти курсы".decomposedStringWithCanonicalMapping),
        ("Åland", "A\u{30A}land"),
        ("\u{212A}1", "K1"),
        ("Ё", "Е\u{308}"),
        // Texts that differ only after a combining mark.
        ("е\u{308}ж", "е\u{308}з"),
        // Texts that part inside a character, or where one ends, after a long common start.
        ("Руководитель ОО", "Руководитель ОП"),
        ("Аналитическая справка", "Аналитическая справка о"),
        ("Аналитическая справка", "Аналитическая справка\u{301}"),
        ("Приказ по школе «Об итогах»", "Приказ по школе «Об итогах»"),
        ("abc\u{301}", "ab\u{107}"),
        ("Мероприятие e\u{301}X", "Мероприятие e\u{301}Y"),
        ("Срок — до 15.02.2023", "Срок — до 15.03.2023"),
        ("Срок\u{2000}до", "Срок\u{2002}до"),
    ]

    @Test(arguments: pairs)
    func answersAsStringEqualityDoes(a: String, b: String) {
        #expect(SkeletonMerge.sameText(a, b) == (a == b))
        #expect(SkeletonMerge.sameText(b, a) == (a == b))
    }

    @Test func documentListsAreTheSameElementByElementOrJoined() {
        #expect(SkeletonMerge.sameDocuments([], []))
        #expect(SkeletonMerge.sameDocuments(["Справка"], ["Справка"]))
        #expect(!SkeletonMerge.sameDocuments(["Справка"], ["Приказ"]))
        #expect(!SkeletonMerge.sameDocuments([], ["Справка"]))
        #expect(SkeletonMerge.sameDocuments([], [""]))
        #expect(SkeletonMerge.sameDocuments(["Справка", "Приказ"], ["Справка\nПриказ"]))
        #expect(!SkeletonMerge.sameDocuments(["Справка", "Приказ"], ["Приказ", "Справка"]))
        #expect(SkeletonMerge.sameDocuments(["Ё"], ["Е\u{308}"]))
    }

    @Test func aSchoolValueInOtherBytesForTheSameTextIsNotKeptAsLocal() throws {
        let workspace = try CascadeFixture.workspace()
        let engine = try CascadeEngine(workspace: workspace)
        let builder = try SkeletonBuilder(engine: engine, municipality: CascadeFixture.svetlogorsk)
        let school = try #require(workspace.school(CascadeFixture.primorye))
        var existing = builder.fresh(for: school)
        // A generated activity whose title has a letter with a decomposed form («й», «ё»).
        let target = try #require(
            existing.activities.first {
                Array($0.title.decomposedStringWithCanonicalMapping.utf8) != Array($0.title.utf8)
            })
        let id = target.id
        CascadeFixture.edit(&existing, id) {
            $0.title = target.title.decomposedStringWithCanonicalMapping
            $0.executors = "Директор школы"
            $0.provenance = nil
        }
        let result = builder.build(for: school, existing: existing, progress: nil)
        // Only the executors were the school's own; the title is the same text.
        #expect(result.keptValues.filter { $0.hasPrefix(id + ".") } == [id + ".executors"])
        #expect(result.roadmap.activity(id: id)?.provenance?.title?.kind == .inherited)
    }
}
