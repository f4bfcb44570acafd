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

@Suite struct CascadeChecksTests {
    /// The fixture with Primorye's generated skeleton in place, changed by `change`.
    func workspace(_ change: (inout Roadmap) -> Void = { _ in }) throws -> Workspace {
        var workspace = try CascadeFixture.workspace()
        var skeleton = try CascadeFixture.skeleton(workspace)
        change(&skeleton)
        workspace.schoolRoadmaps[CascadeFixture.primorye] = skeleton
        return workspace
    }

    func findings(_ workspace: Workspace, _ code: FindingCode, file: String? = nil) -> [Finding] {
        Validator.validate(workspace).filter { $0.code == code && (file == nil || $0.file == file) }
    }

    let schoolFile = "roadmaps/schools/maou-oosh-primorye.json"

    @Test func aGeneratedSkeletonSatisfiesTheCascadeChecks() throws {
        let workspace = try workspace()
        for code in [FindingCode.missingActivity, .deadlineAfterParent, .documentMismatch, .unknownLink] {
            #expect(findings(workspace, code, file: schoolFile).isEmpty, "\(code)")
        }
    }

    @Test func missingActivityForASchoolAndForAMunicipality() throws {
        let workspace = try workspace { roadmap in
            for s in roadmap.sections.indices { roadmap.sections[s].activities.removeAll { $0.id == "r2" || $0.id == "m2.4" } }
        }
        let school = findings(workspace, .missingActivity, file: schoolFile)
        #expect(school.count == 2)
        #expect(school.contains { $0.message.en.contains("region:2") })
        #expect(school.contains { $0.message.en.contains("municipality:2.4") })
        #expect(school.allSatisfy { $0.severity == .warning })
        // Svetlogorsk's 2022 roadmap implements none of the 2023 plan's municipal items (1, 4, 5, 6 …).
        let municipal = findings(workspace, .missingActivity, file: "roadmaps/municipalities/svetlogorsk.json")
        #expect(municipal.contains { $0.message.en.contains("region:6 ") || $0.message.en.hasSuffix("region:6") })
        #expect(municipal.contains { $0.message.en.hasSuffix("region:1") })
        #expect(!municipal.contains { $0.message.en.hasSuffix("region:7") }, "7 is region-only")
    }

    @Test func implementingAMunicipalItemThatImplementsTheRegionalOneCounts() throws {
        var workspace = try workspace { roadmap in
            CascadeFixture.edit(&roadmap, "r2") { $0.implements = [ActivityLink(level: .municipality, activity: "2.1")] }
        }
        var municipal = try #require(workspace.municipalRoadmaps[CascadeFixture.svetlogorsk])
        CascadeFixture.edit(&municipal, "2.1") { $0.implements = [ActivityLink(level: .region, activity: "2")] }
        workspace.municipalRoadmaps[CascadeFixture.svetlogorsk] = municipal
        #expect(!findings(workspace, .missingActivity, file: schoolFile).contains { $0.message.en.hasSuffix("region:2") })
    }

    @Test func deadlineAfterParent() throws {
        let workspace = try workspace { roadmap in
            CascadeFixture.edit(&roadmap, "r1") { $0.schedule = "До 20.02.2023" }
        }
        let found = findings(workspace, .deadlineAfterParent, file: schoolFile)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.location?.hasSuffix(".schedule") == true)
        #expect(found.first?.message.ru.contains("15.02.2023") == true)
    }

    @Test func deadlineAfterParentCountsTheLeadTime() throws {
        var workspace = try workspace()
        workspace.settings.rules.leadDays = [LeadTime(level: .school, days: 5)]
        // The skeleton was generated without lead time, so its 15.02 is now 5 days too late.
        #expect(findings(workspace, .deadlineAfterParent, file: schoolFile).contains { $0.message.ru.contains("10.02.2023") })
    }

    @Test func documentMismatch() throws {
        let workspace = try workspace { roadmap in
            CascadeFixture.edit(&roadmap, "r5") { $0.documents = ["Программа"] }
            CascadeFixture.edit(&roadmap, "r2") { $0.documents = [] }
        }
        let found = findings(workspace, .documentMismatch, file: schoolFile)
        #expect(found.count == 2)
        #expect(found.contains { $0.message.ru.contains("«Программа развития ОО»") })
        #expect(found.contains { $0.message.ru.contains("«Аналитическая справка»") && $0.message.ru.contains("нет документов") })
    }

    @Test func theParentsOwnDocumentNameIsAccepted() throws {
        let workspace = try workspace { roadmap in
            CascadeFixture.edit(&roadmap, "r5") { $0.documents = ["Программы развития общеобразовательных организаций"] }
        }
        #expect(findings(workspace, .documentMismatch, file: schoolFile).isEmpty)
    }

    @Test func aParentDeadlineOutsideItsPeriodIsNotTheChildsFault() throws {
        // Item 30 of the plan keeps its 2022 dates in the 2023 plan; a school moving it into 2023 is not late.
        let workspace = try workspace { roadmap in
            CascadeFixture.edit(&roadmap, "r30") { $0.schedule = "01.03-30.12.2023" }
        }
        #expect(findings(workspace, .deadlineAfterParent, file: schoolFile).isEmpty)
    }

    @Test func unknownLinkIsReportedByTheCoreCheck() throws {
        let workspace = try workspace { roadmap in
            CascadeFixture.edit(&roadmap, "r1") { $0.implements.append(ActivityLink(level: .region, activity: "99")) }
        }
        #expect(findings(workspace, .unknownLink, file: schoolFile).count == 1)
    }

    @Test func unknownExecutorWarnsWithTheWords() throws {
        var workspace = try CascadeFixture.workspace()
        var plan = try #require(workspace.regionalPlan)
        CascadeFixture.edit(&plan, "20") { $0.executors = "ЦППМ Руководители ММО" }
        workspace.regionalPlan = plan
        let found = findings(workspace, .unknownExecutor)
        #expect(found.count == 1)
        #expect(found.first?.file == "roadmaps/region.json")
        #expect(found.first?.message.ru.contains("«ММО»") == true)
        #expect(found.first?.severity == .warning)
        // The seed's own cells are all known.
        #expect(findings(try CascadeFixture.workspace(), .unknownExecutor).isEmpty)
    }

    /// One unknown wording is «исполнитель … не известен», two are «исполнители … не известны»
    /// (issue 21, item 5).
    @Test func unknownExecutorsAgreeInNumber() throws {
        var workspace = try CascadeFixture.workspace()
        var plan = try #require(workspace.regionalPlan)
        CascadeFixture.edit(&plan, "20") { $0.executors = "ЦППМ Руководители ММО" }
        CascadeFixture.edit(&plan, "21") { $0.executors = "Руководители ОМЦ, ЗЮЩ" }
        workspace.regionalPlan = plan
        let messages = findings(workspace, .unknownExecutor).map(\.message)
        let one = try #require(messages.first { $0.ru.contains("«ММО»") })
        #expect(one.ru.contains(": исполнитель «ММО» не известен правилам каскада (rules.executors); уровень по нему не определён"))
        #expect(one.en.contains(": executor «ММО» is not in the cascade rules"))
        let two = try #require(messages.first { $0.ru.contains("«ОМЦ»") })
        #expect(two.ru.contains(": исполнители «ОМЦ», «ЗЮЩ» не известны правилам каскада (rules.executors); уровень по ним не определён"))
        #expect(two.en.contains(": executors «ОМЦ», «ЗЮЩ» are not in the cascade rules"))
    }
}
