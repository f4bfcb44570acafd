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

@Suite struct InheritedScheduleTests {
    func workspace(scheduleOrigin: ValueOrigin?) -> Workspace {
        let plan = Roadmap(
            owner: .region, title: "План", period: .calendarYear(2023),
            sections: [
                RoadmapSection(title: "", activities: [Activity(id: "30", number: "30.", title: "Сайты", schedule: "01.03-30.12.2022")])
            ])
        let school = Roadmap(
            owner: .school("s"), title: "ОО", period: .calendarYear(2023),
            sections: [
                RoadmapSection(
                    title: "",
                    activities: [
                        Activity(
                            id: "r30", title: "Сайты", schedule: "01.03-30.12.2022",
                            implements: [ActivityLink(level: .region, activity: "30")],
                            origin: .skeleton, provenance: Provenance(schedule: scheduleOrigin))
                    ])
            ])
        return Workspace(
            settings: WorkspaceSettings(region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2023)),
            units: UnitRegister(
                municipalities: [Municipality(id: "m", name: "M")], schools: [School(id: "s", municipality: "m", name: "S")]),
            regionalPlan: plan, schoolRoadmaps: ["s": school])
    }

    @Test func anInheritedOutOfPeriodDeadlineIsReportedOnceAtItsSource() {
        let findings = Validator.validate(
            workspace(scheduleOrigin: ValueOrigin(kind: .inherited, from: [ActivityLink(level: .region, activity: "30")])))
        #expect(findings.map(\.file) == ["roadmaps/region.json"])
        #expect(findings.map(\.code) == [.dateOutsidePeriod])
    }

    @Test func aLocallySetOutOfPeriodDeadlineIsReportedWhereItIs() {
        let findings = Validator.validate(workspace(scheduleOrigin: nil))
        #expect(findings.map(\.file) == ["roadmaps/region.json", "roadmaps/schools/s.json"])
    }
}
