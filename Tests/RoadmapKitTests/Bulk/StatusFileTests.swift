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

/// The flat status path against figures worked out by hand (see the comments on each row).
@Suite struct StatusFileTests {
    static let asOf = LocalDate(year: 2023, month: 6, day: 30)!
    static let checkpoints = [
        DatedCheckpoint(parsing: "2023-06-30:30:40")!, DatedCheckpoint(parsing: "2023-11-30:80:90")!,
    ]

    static let handCSV = """
        region,municipality,school,activity_id,due_date,done_date
        R1,M1,S1,r1,2023-02-15,2023-02-10
        R1,M1,S1,r2,2023-05-15,2023-05-20
        R1,M1,S1,r4,2023-06-30,
        R1,M1,S1,5,2023-09-01,2023-06-01
        R1,M1,S2,r1,2023-02-15,2023-07-10
        R1,M1,S2,r2,2023-12-01,
        R2,M2,S3,r1,2023-03-01,2023-03-01

        """
    // S1: r1 due+done on time; r2 due+done late; r4 due on the as-of day, not done (overdue);
    //     5 not due, done early. S2: r1 due, done after the as-of date (overdue); r2 not due.
    // S3: due and done on its deadline day.

    static func evaluate(_ text: String, chunks: Int? = nil) throws -> StatusReport {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { buffer in
            try StatusFile.evaluate(
                bytes: buffer, name: "statuses.csv", asOf: asOf, checkpoints: checkpoints, chunks: chunks)
        }
    }

    @Test func schoolFiguresMatchHandComputedValues() throws {
        let report = try Self.evaluate(Self.handCSV)
        #expect(report.rowCount == 7)
        #expect(report.problems.isEmpty)
        let s1 = try #require(report.schools.first { $0.school == "S1" }).counts
        #expect(s1 == StatusCounts(total: 4, due: 3, done: 3, overdue: 1, onTime: 1, dueDone: 2, checkpointDone: [3, 3]))
        #expect(s1.executionPercent == 75)
        #expect(abs(s1.onTimePercent! - 100.0 / 3) < 1e-9)
        let s2 = try #require(report.schools.first { $0.school == "S2" }).counts
        #expect(s2 == StatusCounts(total: 2, due: 1, done: 0, overdue: 1, onTime: 0, dueDone: 0, checkpointDone: [0, 0]))
        let s3 = try #require(report.schools.first { $0.school == "S3" }).counts
        #expect(s3 == StatusCounts(total: 1, due: 1, done: 1, overdue: 0, onTime: 1, dueDone: 1, checkpointDone: [1, 1]))
    }

    @Test func parentsPoolTheirSchools() throws {
        let report = try Self.evaluate(Self.handCSV)
        #expect(report.municipalities.map(\.municipality) == ["M1", "M2"])
        let m1 = report.municipalities[0].counts
        #expect(m1 == StatusCounts(total: 6, due: 4, done: 3, overdue: 2, onTime: 1, dueDone: 2, checkpointDone: [3, 3]))
        #expect(report.regions.map(\.region) == ["R1", "R2"])
        #expect(report.regions[0].counts == m1)
        #expect(report.regions[1].counts.total == 1)
    }

    @Test func zonesFollowMinimumAndTargetAndWaitForTheirDate() throws {
        let report = try Self.evaluate(Self.handCSV)
        let s1 = report.schools.first { $0.school == "S1" }!.counts
        let s2 = report.schools.first { $0.school == "S2" }!.counts
        #expect(report.zone(0, s1) == .green)  // 75 % ≥ 40 %
        #expect(report.zone(0, s2) == .red)  // 0 % < 30 %
        #expect(report.zone(1, s1) == nil)  // 30.11 is after the as-of date
        let checkpoint = Self.checkpoints[0]
        #expect(checkpoint.zone(for: 29.9) == .red)
        #expect(checkpoint.zone(for: 30) == .yellow)
        #expect(checkpoint.zone(for: 39.9) == .yellow)
        #expect(checkpoint.zone(for: 40) == .green)
    }

    @Test(arguments: ["2023-06-30", "2023-06-30:30:20", "2023-02-31:30", "2023-06-30:x", "2023-06-30:120"])
    func badCheckpointTextIsRejected(_ text: String) {
        #expect(DatedCheckpoint(parsing: text) == nil)
    }

    static let malformedCSV = """
        region,municipality,school,activity_id,due_date,done_date
        R1,M1,S1,r1,2023-02-15,2023-02-10
        R1,M1,S1,r2,2023-02-31,
        R1,M1,S1,r3,2023-02-15
        R1,M1,,r4,2023-02-15,
        R1,M1,S1,r5,2023-02-15,2023-02-10,x
        "R1",M1,"S1","r6",2023-03-01,
        R1,M1,S1,r7,2023-3-01,
        "R1,M1,S1,r8,2023-03-01,

        R1,M1,S1,r9,2023-03-01,2023-13-01
        """

    @Test func malformedRowsAreReportedWithTheirLineNeverDropped() throws {
        let report = try Self.evaluate(Self.malformedCSV)
        #expect(report.problems.map(\.line) == [3, 4, 5, 6, 8, 9, 11])
        #expect(
            report.problems.map(\.kind) == [
                .badDate, .columnCount, .emptyField, .columnCount, .badDate, .badQuoting, .badDate,
            ])
        #expect(report.problemCount == 7)
        #expect(report.rowCount == 9)
        #expect(report.problems[0].message.en.contains("2023-02-31"))
        // Lines 2 and 7 (quoted fields unquote to the same keys) are counted.
        #expect(report.schools.map(\.school) == ["S1"])
        #expect(report.schools[0].counts.total == 2)
    }

    @Test(arguments: [1, 2, 3, 7])
    func chunkingDoesNotChangeTheResult(_ chunks: Int) throws {
        #expect(try Self.evaluate(Self.malformedCSV, chunks: chunks) == Self.evaluate(Self.malformedCSV, chunks: 1))
        #expect(try Self.evaluate(Self.handCSV, chunks: chunks) == Self.evaluate(Self.handCSV, chunks: 1))
    }

    @Test func semicolonsCarriageReturnsAndByteOrderMarkAreRead() throws {
        let text =
            "\u{FEFF}"
            + Self.handCSV.replacingOccurrences(of: ",", with: ";")
            .replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try Self.evaluate(text) == Self.evaluate(Self.handCSV))
    }

    @Test func aWrongHeaderIsAnError() {
        #expect(throws: StatusFileError.self) {
            try Self.evaluate("region,school,activity_id,due_date,done_date\nR1,S1,r1,2023-02-15,\n")
        }
    }

    @Test func rendersEveryFormat() throws {
        let report = try Self.evaluate(Self.handCSV)
        let csv = report.rendered(.csv, level: .region, language: .en)
        #expect(csv.hasPrefix("region,total,due,done,overdue,on_time,due_done,execution_pct,on_time_pct,2023-06-30_pct"))
        #expect(csv.contains("R1,6,4,3,2,1,2,50.0,25.0,50.0,green,50.0,pending"))
        let table = report.rendered(.table, level: .school, language: .ru)
        #expect(table.contains("зелёная"))
        #expect(table.contains("по состоянию на 30.06.2023"))
        let json = report.rendered(.json, level: .municipality, language: .en)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((decoded?["units"] as? [Any])?.count == 2)
    }
}
