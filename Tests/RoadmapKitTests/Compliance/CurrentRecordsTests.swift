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

/// `CurrentRecords` (the evaluator's grouping of current records) chooses exactly the records
/// `ProgressLog.current(asOf:)` chooses.
@Suite struct CurrentRecordsTests {

    /// Every (activity, occurrence) key of `current(asOf:)` with the record it holds, as `CurrentRecords` finds it.
    static func agree(_ log: ProgressLog, asOf: LocalDate) -> Bool {
        let expected = log.current(asOf: asOf)
        let grouped = CurrentRecords(log, asOf: asOf)
        var found = 0
        for (key, record) in expected {
            guard let entry = grouped.entry(key.activity) else { return false }
            let index = key.occurrence.map { entry.record(for: $0) } ?? entry.whole
            guard let index, log.records[index] == record else { return false }
            found += 1
        }
        // Nothing more than the expected keys: each entry's records are among them.
        let activities = Set(log.records.map(\.activity))
        let total = activities.reduce(0) { sum, id in
            guard let entry = grouped.entry(id) else { return sum }
            return sum + (entry.whole == nil ? 0 : 1) + entry.occurrences.count
        }
        return found == expected.count && total == expected.count
    }

    @Test func laterReportsSupersedeEarlierOnesPerOccurrenceAndReportsAfterTheDateAreUnknown() {
        let quarter1 = day("2023-03-31")
        let quarter2 = day("2023-06-30")
        let log = ProgressLog(
            owner: .school("s"),
            records: [
                ProgressRecord(activity: "r1", status: .inProgress, reportedOn: day("2023-02-01")),
                ProgressRecord(activity: "r1", status: .done, completedOn: day("2023-02-10"), reportedOn: day("2023-02-10")),
                // Listed later but reported earlier: does not supersede.
                ProgressRecord(activity: "r1", status: .notStarted, reportedOn: day("2023-01-15")),
                ProgressRecord(activity: "r2", occurrence: quarter1, status: .done, reportedOn: day("2023-03-20")),
                ProgressRecord(activity: "r2", occurrence: quarter2, status: .inProgress, reportedOn: day("2023-05-01")),
                ProgressRecord(activity: "r2", occurrence: quarter2, status: .done, reportedOn: day("2023-06-25")),
                // Undated: always known, and later in the file wins a tie.
                ProgressRecord(activity: "r3", status: .inProgress),
                ProgressRecord(activity: "r3", status: .done),
                // Reported after 30.06: unknown then.
                ProgressRecord(activity: "r4", status: .done, reportedOn: day("2023-11-01")),
            ])
        let asOf = day("2023-06-30")
        let grouped = CurrentRecords(log, asOf: asOf)
        #expect(grouped.entry("r1")?.whole == 1)
        #expect(grouped.entry("r1")?.occurrences.isEmpty == true)
        #expect(grouped.entry("r2")?.whole == nil)
        #expect(grouped.entry("r2")?.record(for: quarter1) == 3)
        #expect(grouped.entry("r2")?.record(for: quarter2) == 5)
        #expect(grouped.entry("r3")?.whole == 7)
        #expect(grouped.entry("r4") == nil)
        #expect(CurrentRecords(log, asOf: day("2023-11-30")).entry("r4")?.whole == 8)
        for iso in ["2023-01-20", "2023-03-25", "2023-06-30", "2023-12-31"] {
            #expect(Self.agree(log, asOf: day(iso)), "as of \(iso)")
        }
    }

    @Test(arguments: ["2023-02-15", "2023-06-30", "2023-11-30"])
    func agreesWithCurrentAsOfOnTheExampleWorkspace(asOf: String) throws {
        let directory = Fixture.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023")
        let workspace = try WorkspaceStore(directory: directory).load().workspace
        #expect(!workspace.progress.isEmpty)
        for log in workspace.progress.values {
            #expect(Self.agree(log, asOf: day(asOf)), "\(log.owner)")
        }
    }
}
