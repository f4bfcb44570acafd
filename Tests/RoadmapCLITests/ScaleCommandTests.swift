import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// `roadmap generate` and `roadmap compliance --statuses` end to end.
@Suite struct ScaleCommandTests {
    @Test func generateWritesAWorkspaceAndStatusesThatComplianceReads() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let generated = CapturedRun.run(
            [
                "generate", "--output", "ws", "--statuses", "s.csv", "--schools", "12", "--municipalities", "3",
                "--activities", "20-30", "--seed", "5", "--lang", "en",
            ], in: directory)
        #expect(generated.code == 0, "\(generated.err)")
        #expect(generated.out.contains("12 schools"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("ws/workspace.json").path))

        let flat = CapturedRun.run(
            [
                "compliance", "--statuses", "s.csv", "--as-of", "2023-11-30", "--level", "school", "--format", "csv",
                "--separator", ",", "--checkpoint", "2023-06-30:30:40",
            ], in: directory)
        #expect(flat.code == 0 || flat.code == 1)
        #expect(flat.err.isEmpty)
        let lines = flat.out.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("region,municipality,school,total,due,done,overdue,on_time") == true)
        #expect(lines.count == 13)
    }

    @Test func malformedRowsGoToStandardErrorWithTheirLine() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(
            """
            region,municipality,school,activity_id,due_date,done_date
            R1,M1,S1,r1,2023-02-15,2023-02-10
            R1,M1,S1,r2,2023-02-31,

            """.utf8
        ).write(to: directory.appendingPathComponent("s.csv"))
        let run = CapturedRun.run(
            ["compliance", "--statuses", "s.csv", "--as-of", "2023-06-30", "--level", "region", "--lang", "en"], in: directory)
        #expect(run.code == 1)
        #expect(run.err.contains("s.csv:3: error: [bad-date] due_date \"2023-02-31\""))
        #expect(run.out.contains("malformed: 1"))
    }

    @Test(arguments: [
        ["compliance", "--statuses", "s.csv"],
        ["compliance", "--statuses", "s.csv", "--as-of", "2023-06-30", "--checkpoint", "2023-06-30:50:40"],
        ["compliance", "--statuses", "s.csv", "--as-of", "2023-06-30", "--format", "html"],
        ["compliance", "ws", "--statuses", "s.csv", "--as-of", "2023-06-30"],
        ["compliance", "--as-of", "2023-06-30"],
        ["generate", "--schools", "5"],
        ["generate", "--output", "x", "--activities", "9-3"],
        ["generate", "--output", "x", "--regions", "3", "--municipalities", "2"],
    ])
    func badCommandLinesAreUsageErrors(_ arguments: [String]) throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(CapturedRun.run(arguments, in: directory).code == 2)
    }
}
