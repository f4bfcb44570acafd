import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// Usage errors of every command, in both languages: exit 2, nothing on standard output, the
/// message, the usage line and where to read more, Russian by default and English with `--lang en`.
@Suite struct UsageErrorTests {
    static let root = CapturedRun.repositoryRoot
    static let ws = "Examples/kaliningrad-2023"

    @Test(arguments: [
        (["validate"], "не указан аргумент <workspace>", "missing argument <workspace>"),
        (
            ["validate", ws, "--format", "xml"], "--format: ожидается одно из: text, json; получено «xml»",
            "--format takes text, json, found 'xml'"
        ),
        (["init", "x"], "не указан параметр --region <NAME>", "missing option --region <NAME>"),
        (["init", "x", "--region", "R"], "укажите --period", "give --period"),
        (["units", "import"], "не указан аргумент <file>", "missing argument <file>"),
        (["units", "list", "--format", "tabel"], "возможно, вы имели в виду «table»", "did you mean 'table'?"),
        (
            ["units", "list", "--workspace", ws, "--municipality", "nemn"], "муниципалитета «nemn» нет в units.json",
            "no municipality 'nemn' in units.json"
        ),
        (["import", "f.txt", "--region"], "--region требует --workspace", "--region needs --workspace"),
        (["import", "f.txt", "--owner", "town"], "--owner: ожидается region", "--owner: expected region"),
        (["import", "f.txt", "--workspace", ws], "укажите ровно одно из", "give exactly one of"),
        (["compliance", ws], "не указан параметр --as-of <ГГГГ-ММ-ДД>", "missing option --as-of <YYYY-MM-DD>"),
        (
            ["compliance", ws, "--as-off", "2023-06-30"], "неизвестный параметр «--as-off»; возможно, вы имели в виду «--as-of»",
            "unknown option '--as-off'; did you mean '--as-of'?"
        ),
        (
            ["deadlines", ws, "--as-of", "2023-06-30", "--within", "400"], "--within: ожидается целое число от 0 до 366",
            "--within takes a whole number from 0 to 366"
        ),
        (["progress", "import", "f.csv"], "не указан параметр --workspace DIR", "missing --workspace DIR"),
        (["progress", "form", ws, "--output", "x"], "не указан параметр --municipality <ID>", "missing option --municipality <ID>"),
        (["schedule", "март"], "не указан параметр --period", "missing option '--period'"),
        (["generate"], "укажите --output DIR", "give --output DIR"),
        (["generate", "--output", "x", "--regions", "0"], "--regions: регионов должно быть от 1 до", "--regions: regions must be 1…"),
        (["skeleton", ws], "укажите либо --municipality <ID>, либо --all", "give either --municipality <ID> or --all"),
        (["link", ws], "укажите ровно одно из: --suggest", "give exactly one of --suggest"),
        (
            ["link", ws, "--apply-suggested"], "для --apply-suggested нужен явный --min-score",
            "--apply-suggested needs an explicit --min-score"
        ),
        (["explain", ws, "--activity", "r5"], "не указан параметр --school <ID>", "missing option --school <ID>"),
        (
            ["explain", ws, "--school", "maou-oosh-primorie", "--activity", "r5"], "возможно, вы имели в виду «maou-oosh-primorye»",
            "did you mean 'maou-oosh-primorye'?"
        ),
        (
            ["amend", ws, "--activity", "region:1", "--schedule", "x", "--reason", "y", "--on", "2023-13-01"],
            "--on: ожидается существующая дата", "--on takes a date as YYYY-MM-DD"
        ),
    ])
    func usageErrorInBothLanguages(arguments: [String], ru: String, en: String) throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let absolute = arguments.map { $0 == Self.ws ? Self.root.appendingPathComponent(Self.ws).path : $0 }
        let command = CommandRegistry.all.first { absolute.starts(with: $0.spec.path) }!.spec
        let russian = CapturedRun.run(absolute, in: directory)
        #expect(russian.code == ExitCode.usage)
        #expect(russian.out.isEmpty)
        #expect(russian.err.hasPrefix("ошибка: "))
        #expect(russian.err.contains(ru), "\(russian.err)")
        #expect(russian.err.hasSuffix("\nИспользование: \(command.usage(.ru))\nСм. «roadmap \(command.name) --help».\n"))
        let english = CapturedRun.run(absolute + ["--lang", "en"], in: directory)
        #expect(english.code == ExitCode.usage)
        #expect(english.err.hasPrefix("error: "))
        #expect(english.err.contains(en), "\(english.err)")
        #expect(english.err.hasSuffix("\nUsage: \(command.usage(.en))\nSee 'roadmap \(command.name) --help'.\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "nothing written")
    }

    @Test func badLanguageAndUnknownCommand() {
        let lang = CapturedRun.run(["--lang", "de", "validate"], in: Self.root)
        #expect(lang.code == ExitCode.usage)
        #expect(lang.err == "ошибка: --lang: ожидается ru или en, получено «de»\nСм. «roadmap --help».\n")
        let unknown = CapturedRun.run(["complience"], in: Self.root, language: .en)
        #expect(unknown.err == "error: unknown command 'complience'; did you mean 'compliance'?\nSee 'roadmap --help'.\n")
    }
}
