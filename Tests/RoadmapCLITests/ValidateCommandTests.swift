import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// `roadmap validate` end to end: output lines, stderr summary and exit codes.
@Suite struct ValidateCommandTests {
    static let repositoryRoot = CapturedRun.repositoryRoot
    static let fixtures = "Tests/RoadmapKitTests/Fixtures/validation/"

    private func run(_ arguments: [String], language: Language = .ru) -> (code: Int32, out: String, err: String) {
        let result = CapturedRun.run(arguments, in: Self.repositoryRoot, language: language)
        return (result.code, result.out, result.err)
    }

    /// `lines` are the expected output lines; a line given up to «…» only needs to start so
    /// (the wording after it comes from the schedule parser and may grow more precise).
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var exitCode: Int32
        var lines: [String]
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        Case(fixture: "valid", exitCode: 0, lines: []),
        Case(
            fixture: "unknown-id", exitCode: 1,
            lines: [
                "units.json:schools[0].municipality: error: [unknown-id] школа «school-1» относится к неизвестному муниципалитету «nowhere»"
            ]),
        Case(
            fixture: "duplicate-id", exitCode: 1,
            lines: ["roadmaps/region.json:sections[0].activities[1].id: error: [duplicate-id] мероприятие с id «1» встречается дважды"]),
        Case(
            fixture: "unknown-link", exitCode: 1,
            lines: [
                "roadmaps/schools/school-1.json:sections[0].activities[0].implements: error: [unknown-link] пункт 1 ссылается на несуществующее мероприятие «region:99»"
            ]),
        Case(
            fixture: "link-cycle", exitCode: 1,
            lines: [
                "roadmaps/schools/school-1.json:sections[0].activities[0].implements: error: [link-cycle] ссылки образуют цикл: school:school-1:a → school:school-1:b → school:school-1:a"
            ]),
        Case(
            fixture: "impossible-date", exitCode: 1,
            lines: [
                "roadmaps/region.json:sections[0].activities[0].schedule: error: [impossible-date] пункт 1: такой даты нет: «31.02.2023»…",
                "roadmaps/region.json:sections[0].activities[1].schedule: error: [impossible-date] пункт 2: такой даты нет: «31.04.2023»…",
            ]),
        Case(
            fixture: "date-outside-period", exitCode: 0,
            lines: [
                "roadmaps/region.json:sections[0].activities[0].schedule: warning: [date-outside-period] пункт 1: срок …"
            ]),
        Case(
            fixture: "invalid-json", exitCode: 1,
            lines: [
                "roadmaps/region.json:5:3: error: [invalid-json] файл не прочитан: не JSON: ожидается «,» или «}», найдено «\"period\": \"2»"
            ]),
        Case(
            fixture: "unsafe-id", exitCode: 1,
            lines: [
                "units.json:municipalities[0].id: error: [unsafe-id] идентификатор «../town» нельзя использовать как имя файла (допустимы A-Z a-z 0-9 . _ -)"
            ]),
        Case(
            fixture: "schema-too-new", exitCode: 1,
            lines: [
                "roadmaps/region.json:schemaVersion: error: [schema-too-new] schemaVersion 99 новее, чем поддерживает эта версия программы (1); обновите roadmap"
            ]),
    ])
    func printsOneLinePerProblem(_ c: Case) {
        let result = run(["validate", Self.fixtures + c.fixture, "--all"])
        #expect(result.code == c.exitCode)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == c.lines.count, "\(lines)")
        for (line, expected) in zip(lines, c.lines) {
            if expected.hasSuffix("…") {
                #expect(line.hasPrefix(expected.dropLast()), "\(line)")
            } else {
                #expect(line == expected)
            }
        }
        let errors = c.lines.filter { $0.contains(": error: [") }.count
        #expect(result.err == "проверено: ошибок \(errors), предупреждений \(c.lines.count - errors)\n")
    }

    @Test func strictTurnsWarningsIntoFailure() {
        #expect(run(["validate", Self.fixtures + "date-outside-period", "--strict"]).code == 1)
        #expect(run(["validate", Self.fixtures + "valid", "--strict"]).code == 0)
    }

    @Test func englishMessages() {
        let result = run(["validate", Self.fixtures + "duplicate-id", "--all"], language: .en)
        #expect(
            result.out
                == "roadmaps/region.json:sections[0].activities[1].id: error: [duplicate-id] activity id \"1\" occurs twice\n"
        )
        #expect(result.err == "checked: 1 error(s), 0 warning(s)\n")
        #expect(run(["--lang", "en", "validate", Self.fixtures + "duplicate-id", "--all"]).out == result.out)
    }

    @Test func aNewerSettingsFileStopsTheRunWithExitOne() {
        let result = run(["--lang", "en", "validate", Self.fixtures + "schema-too-new-settings"])
        #expect(result.code == 1)
        #expect(result.out.isEmpty)
        #expect(result.err == "error: workspace.json: schemaVersion 99 is newer than this tool supports (1); update roadmap\n")
        #expect(
            run(["validate", Self.fixtures + "schema-too-new-settings"]).err
                == "ошибка: workspace.json: schemaVersion 99 новее, чем поддерживает эта версия программы (1); обновите roadmap\n")
    }

    @Test func usageErrorsExitWithTwo() {
        let missing = run(["validate"])
        #expect(missing.code == 2)
        #expect(missing.err.hasPrefix("ошибка: не указан аргумент <workspace>\nИспользование: roadmap validate <workspace> [параметры]\n"))
        let unknown = run(["validate", Self.fixtures + "valid", "--strikt"])
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("возможно, вы имели в виду «--strict»"))
        #expect(run(["validate", "a", "b"]).code == 2)
    }

    @Test func aDirectoryThatIsNotAWorkspaceIsAFailure() {
        let result = run(["--lang", "en", "validate", "Tests"])
        #expect(result.code == 1)
        #expect(result.err.contains("not a workspace"))
    }

    /// The Kaliningrad example: only warnings (the real 2022 dates among them), so exit 0.
    @Test func theKaliningradExampleIsValidWithWarnings() {
        let result = run(["validate", "Examples/kaliningrad-2023", "--all"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.allSatisfy { $0.contains(": warning: [") })
        for item in 0..<3 {
            #expect(
                lines.contains {
                    $0.hasPrefix("roadmaps/region.json:sections[4].activities[\(item)].schedule: warning: [date-outside-period]")
                })
        }
        #expect(result.err.hasPrefix("проверено: ошибок 0, "))
        #expect(run(["validate", "Examples/kaliningrad-2023", "--strict"]).code == 1)
    }

    /// Without --all, findings are grouped by code: a count, three examples and how many more;
    /// the hint to see every line goes to standard error.
    @Test func findingsAreGroupedByCodeWithCountsAndExamples() throws {
        let all = run(["validate", "Examples/kaliningrad-2023", "--all"])
        let grouped = run(["validate", "Examples/kaliningrad-2023"])
        #expect(grouped.code == 0)
        let allLines = all.out.split(separator: "\n")
        let missing = allLines.filter { $0.contains("[missing-activity]") }.count
        #expect(missing > 3)
        let lines = grouped.out.split(separator: "\n").map(String.init)
        let heading = try #require(lines.first)
        #expect(heading == "предупреждение [missing-activity]: \(missing) (в 5 файлах)")
        #expect(lines[1...3].allSatisfy { $0.hasPrefix("  roadmaps/municipalities/") })
        #expect(lines[4] == "  … ещё \(missing - 3)")
        #expect(lines.contains("предупреждение [date-outside-period]: 3"))
        #expect(grouped.err.contains("--all"))
        // Every finding is in exactly one group: the counts add up to the full list.
        let counts = lines.filter { !$0.hasPrefix("  ") }.compactMap { Int($0.split(separator: ":")[1].split(separator: " ")[0]) }
        #expect(counts.reduce(0, +) == allLines.count)
    }

    @Test func jsonListsEveryFindingForTools() throws {
        let result = run(["validate", Self.fixtures + "duplicate-id", "--format", "json"])
        #expect(result.code == 1)
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: String]])
        #expect(entries.count == 1)
        #expect(entries.first?["code"] == "duplicate-id")
        #expect(entries.first?["severity"] == "error")
        #expect(entries.first?["file"] == "roadmaps/region.json")
        #expect(entries.first?["location"] == "sections[0].activities[1].id")
        #expect(run(["validate", Self.fixtures + "valid", "--format", "xml"]).code == 2)
    }
}
