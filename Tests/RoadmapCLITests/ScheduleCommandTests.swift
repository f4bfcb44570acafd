import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

@Suite struct ScheduleCommandTests {
    func run(_ args: [String]) -> (Int32, String, String) {
        let result = CapturedRun.run(args, in: CapturedRun.repositoryRoot)
        return (result.code, result.out, result.err)
    }

    @Test func printsTheParsedFormInRussian() {
        let (code, out, err) = run(["schedule", "01.02-15.05.2023", "--period", "2023"])
        #expect(code == 0)
        #expect(err.isEmpty)
        #expect(out.contains("вид:            период"))
        #expect(out.contains("понято как:     01.02.2023–15.05.2023"))
        #expect(out.contains("  1. 01.02.2023–15.05.2023"))
    }

    @Test func termsAreReadWithTheWorkspacesCalendar() throws {
        // A copy of the Kaliningrad example whose I quarter ends on 25.10 (the usual: 27.10).
        let directory = try CapturedRun.temporaryDirectory().appendingPathComponent("ws")
        try FileManager.default.copyItem(
            at: CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023"), to: directory)
        let settings = directory.appendingPathComponent("workspace.json")
        var object = try #require(try JSONSerialization.jsonObject(with: try Data(contentsOf: settings)) as? [String: Any])
        object["schoolCalendar"] = ["quarters": ["01.09-25.10", "06.11-29.12", "09.01-22.03", "01.04-24.05"]]
        try JSONSerialization.data(withJSONObject: object).write(to: settings)
        let text = "по итогам I четверти"
        let (code, out, err) = run(["schedule", text, "--period", "2023", "--workspace", directory.path])
        #expect(code == 0, "\(err)")
        #expect(out.contains("01.09.2023–25.10.2023"))
        let (_, usual, _) = run(["schedule", text, "--period", "2023"])
        #expect(usual.contains("01.09.2023–27.10.2023"))
    }

    @Test func academicPeriodResolvesMonths() {
        let (code, out, _) = run(["schedule", "март", "--period", "2021-2022"])
        #expect(code == 0)
        #expect(out.contains("01.03.2022–31.03.2022"))
        #expect(out.contains("2021-2022 учебный год"))
    }

    @Test func englishWithLang() {
        let (code, out, _) = run(["schedule", "До 15.02.2023", "--period", "2023", "--lang", "en"])
        #expect(code == 0)
        #expect(out.contains("kind:           deadline"))
        #expect(out.contains("understood as:  by 15.02.2023"))
    }

    @Test func asOfShowsDueOpenAndNext() {
        let (_, out, _) = run(["schedule", "один раз в квартал", "--period", "2023", "--as-of", "2023-07-15"])
        #expect(out.contains("наступили сроки: 2"))
        #expect(out.contains("открыт: 01.07.2023–30.09.2023"))
        #expect(out.contains("следующий: 01.10.2023–31.12.2023"))
    }

    @Test func jsonForScripts() throws {
        let (code, out, _) = run(["schedule", "Сентябрь 2022/февраль 2023", "--period", "2021-2022", "--format", "json"])
        #expect(code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(json["kind"] as? String == "recurring")
        #expect(json["measurable"] as? Bool == true)
        #expect(json["understood"] as? Bool == true)
        #expect(json["finalDeadline"] as? String == "2023-02-28")
        let occurrences = try #require(json["occurrences"] as? [[String: Any]])
        #expect(occurrences.count == 2)
        #expect(occurrences[0]["start"] as? String == "2022-09-01")
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.first?["code"] as? String == "date-outside-period")
    }

    @Test func notUnderstoodNamesTheLeftoverAndExitsOne() {
        let (code, out, _) = run(["schedule", "до 01.02.2023 по возможности", "--period", "2023"])
        #expect(code == 1)
        #expect(out.contains("не распознано:  «по возможности»"))
        #expect(out.contains("[unparsed-schedule]"))
        let (impossible, text, _) = run(["schedule", "31.02.2023", "--period", "2023"])
        #expect(impossible == 1)
        #expect(text.contains("[impossible-date]"))
    }

    @Test func badPeriodIsAUsageError() {
        let (code, _, err) = run(["schedule", "март", "--period", "когда-то"])
        #expect(code == 2)
        #expect(
            err.contains(
                "--period: ожидается 2023, «2021-2022 учебный год», «2022-2025 гг.» или 2023-01-01..2023-12-31, получено «когда-то»"))
        let (missing, _, missingErr) = run(["schedule", "март"])
        #expect(missing == 2)
        #expect(missingErr.contains("--period"))
        let (format, _, _) = run(["schedule", "март", "--period", "2023", "--format", "xml"])
        #expect(format == 2)
    }
}
