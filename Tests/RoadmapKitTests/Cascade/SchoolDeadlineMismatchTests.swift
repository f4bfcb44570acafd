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

/// `deadline-mismatch` for school activities (Kaliningrad fixture): a school activity linked to an
/// item whose occurrences its own do not correspond to is reported by `validate`, shown by
/// `explain`, and does not stand for the item in `skeleton` — the item keeps its dates.
@Suite struct SchoolDeadlineMismatchTests {
    static let schoolFile = "roadmaps/schools/maou-oosh-primorye.json"

    /// The fixture with Primorye's skeleton plus an own activity «До 29.09.2023» implementing `link`.
    static func workspace(implementing link: String, schedule: String = "До 29.09.2023") throws -> Workspace {
        var workspace = try CascadeFixture.workspace()
        var roadmap = try CascadeFixture.skeleton(workspace)
        roadmap.sections[0].activities.append(
            Activity(
                id: "a1", title: "Мониторинг исполнения дорожной карты школы", schedule: schedule,
                executors: "Руководитель ОО", implements: [ActivityLink(level: .region, activity: link)], origin: .added))
        workspace.schoolRoadmaps[CascadeFixture.primorye] = roadmap
        return workspace
    }

    static func mismatches(_ workspace: Workspace) -> [Finding] {
        Validator.validate(workspace).filter { $0.code == .deadlineMismatch && $0.file == schoolFile }
    }

    @Test func aGeneratedSkeletonHasNoMismatch() throws {
        var workspace = try CascadeFixture.workspace()
        workspace.schoolRoadmaps[CascadeFixture.primorye] = try CascadeFixture.skeleton(workspace)
        #expect(Self.mismatches(workspace).isEmpty)
    }

    @Test func anOwnActivityOutsideTheItemsWindowIsReported() throws {
        // region:10 is the first monitoring, «30.06.2023»: its window is 01.12.2022–30.06.2023, so
        // 29.09.2023 answers nothing and 30.06 is unanswered.
        let found = Self.mismatches(try Self.workspace(implementing: "10"))
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        let message = try #require(found.first?.message.ru)
        #expect(message.hasPrefix("пункт "))
        #expect(message.contains("сроки не соответствуют срокам region:10 («30.06.2023»)"))
        #expect(message.contains("нет своего срока для до 30.06.2023"))
        #expect(message.contains("школа должна выполнить region:10 в его сроки"))
        // region:12, «30.11.2023», owns 01.07–30.11: 29.09 answers it.
        #expect(Self.mismatches(try Self.workspace(implementing: "12")).isEmpty)
    }

    @Test func explainShowsBothSchedules() throws {
        let engine = try CascadeEngine(workspace: try Self.workspace(implementing: "10"))
        let explanation = try CascadeExplanation.explain(engine: engine, school: CascadeFixture.primorye, activity: "a1")
        #expect(explanation.mismatches.count == 1)
        let text = explanation.render(.ru)
        #expect(text.contains("Сроки: 30.06.2023"))
        #expect(text.contains("Сроки: До 29.09.2023"))
        #expect(
            text.contains(
                "Сроки: [deadline-mismatch] сроки мероприятия школы «До 29.09.2023» не соответствуют срокам region:10 «30.06.2023»"))
        let fine = try CascadeExplanation.explain(
            engine: try CascadeEngine(workspace: try Self.workspace(implementing: "12")), school: CascadeFixture.primorye,
            activity: "a1")
        #expect(fine.mismatches.isEmpty)
    }

    @Test func skeletonKeepsTheItemWithItsDatesWhenTheOwnActivityDoesNotCorrespond() throws {
        let workspace = try Self.workspace(implementing: "10")
        let builder = try SkeletonBuilder(engine: try CascadeEngine(workspace: workspace), municipality: CascadeFixture.svetlogorsk)
        let school = try #require(workspace.school(CascadeFixture.primorye))
        let result = builder.build(for: school, existing: workspace.schoolRoadmaps[CascadeFixture.primorye], progress: nil)
        #expect(result.matchedActivities.isEmpty)
        #expect(result.mismatchedActivities == [SkeletonMatch(generated: "r10", by: ["a1"])])
        #expect(result.roadmap.activity(id: "r10")?.schedule == "30.06.2023")
        #expect(result.roadmap.activity(id: "a1")?.schedule == "До 29.09.2023")

        // Corresponding dates: the school's activity is the item, no copy.
        let matching = try Self.workspace(implementing: "12")
        let matched = try SkeletonBuilder(engine: try CascadeEngine(workspace: matching), municipality: CascadeFixture.svetlogorsk)
            .build(for: school, existing: matching.schoolRoadmaps[CascadeFixture.primorye], progress: nil)
        #expect(matched.matchedActivities == [SkeletonMatch(generated: "r12", by: ["a1"])])
        #expect(matched.mismatchedActivities.isEmpty)
        #expect(matched.roadmap.activity(id: "r12") == nil)
    }
}
