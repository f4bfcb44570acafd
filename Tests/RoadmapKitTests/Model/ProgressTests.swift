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

@Suite struct ProgressTests {
    @Test(arguments: [
        ("выполнено", ProgressStatus.done), ("Выполнено", .done), ("done", .done), ("в работе", .inProgress),
        ("В  работе.", .inProgress), ("не начато", .notStarted), ("Not started", .notStarted),
    ])
    func readsStatusWords(_ text: String, _ expected: ProgressStatus) {
        #expect(ProgressStatus(text: text) == expected)
    }

    @Test func unknownStatusIsNotGuessed() {
        #expect(ProgressStatus(text: "почти") == nil)
    }

    @Test func laterReportSupersedesAndHistoryStays() {
        let d = { (m: Int, day: Int) in LocalDate(year: 2023, month: m, day: day)! }
        let log = ProgressLog(
            owner: .school("s1"),
            records: [
                ProgressRecord(activity: "r2", status: .inProgress, reportedOn: d(3, 1)),
                ProgressRecord(activity: "r2", status: .done, completedOn: d(4, 20), evidence: ["Справка"], reportedOn: d(5, 1)),
                // An older report filed late does not override the newer one.
                ProgressRecord(activity: "r2", status: .notStarted, reportedOn: d(2, 1)),
            ])
        let current = log.current()
        #expect(current[ProgressKey(activity: "r2")]?.status == .done)
        #expect(log.records.count == 3)
    }
}
