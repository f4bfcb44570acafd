import Foundation
import RoadmapKit
import Testing

/// `progress import --school` takes the school's name as people write it, in any quotes
/// (issue 21, item 4).
@Suite final class ProgressSchoolNameTests {
    let directory: URL

    init() throws {
        directory = try CapturedRun.temporaryDirectory()
        try FileManager.default.copyItem(at: WriterFaultTests.example, to: directory.appendingPathComponent("w"))
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @Test func theSchoolOfEveryRowMayBeGivenByName() throws {
        try Data("activity,status,completion date\nr19,done,2023-05-10\n".utf8)
            .write(to: directory.appendingPathComponent("p.csv"))
        let run = CapturedRun.run(
            ["progress", "import", "p.csv", "--workspace", "w", "--school", "МАОУ \"ООШ п. Приморье\""], in: directory)
        #expect(run.code == 0, "\(run.err)")
        let url = directory.appendingPathComponent("w/progress/schools/\(WriterFaultTests.school).json")
        let log = try WorkspaceStore.decodeProgress(Data(contentsOf: url), path: "log")
        #expect(log.records.contains { $0.activity == "r19" && $0.completedOn == LocalDate(year: 2023, month: 5, day: 10) })
    }
}
