import RoadmapKit
import Testing

@testable import RoadmapCLI

@Suite struct ArgumentParsingTests {
    let spec = CommandSpec(
        ["compliance"], summary: LocalizedText(ru: "х", en: "x"),
        positionals: [PositionalSpec("workspace", ru: "", en: "")],
        options: [
            OptionSpec("--as-of", value: "DATE", ru: "", en: ""),
            OptionSpec("--school", value: "ID", repeatable: true, ru: "", en: ""),
            OptionSpec("--strict", ru: "", en: ""),
        ])

    @Test func parsesOptionsFlagsAndPositionals() throws {
        let parsed = try ArgumentParser.parse(
            ["ws", "--as-of", "2023-06-30", "--school=a", "--school", "b", "--strict"], spec: spec)
        #expect(parsed.positionals == ["ws"])
        #expect(parsed.value("--as-of") == "2023-06-30")
        #expect(parsed.all("--school") == ["a", "b"])
        #expect(parsed.flag("--strict"))
    }

    @Test func unknownOptionSuggestsTheNearestInBothLanguages() {
        #expect(
            throws: UsageError(
                ru: "неизвестный параметр «--asof»; возможно, вы имели в виду «--as-of»",
                en: "unknown option '--asof'; did you mean '--as-of'?", command: "compliance")
        ) {
            try ArgumentParser.parse(["ws", "--asof", "x"], spec: spec)
        }
    }

    /// Every way the parser refuses a command line, with its Russian and English message.
    @Test(arguments: [
        (["ws", "--as-of"], "параметру «--as-of» нужно значение <DATE>", "option '--as-of' needs a value <DATE>"),
        ([], "не указан аргумент <workspace>", "missing argument <workspace>"),
        (["ws", "extra"], "лишний аргумент «extra»", "unexpected argument 'extra'"),
        (["ws", "--strict=yes"], "параметр «--strict» не принимает значения", "option '--strict' takes no value"),
        (
            ["ws", "--as-of", "a", "--as-of", "b"], "параметр «--as-of» указан больше одного раза",
            "option '--as-of' given more than once"
        ),
        (["ws", "--zzz"], "неизвестный параметр «--zzz»", "unknown option '--zzz'"),
    ])
    func parserUsageErrors(arguments: [String], ru: String, en: String) {
        #expect(throws: UsageError(ru: ru, en: en, command: "compliance")) {
            try ArgumentParser.parse(arguments, spec: spec)
        }
    }

    /// The typed conversions: a date that does not exist, a number out of range, a word not among
    /// the choices (with a suggestion), a required option missing.
    @Test func typedConversionsRefuseBadValuesInBothLanguages() throws {
        let typed = CommandSpec(
            ["x"], summary: LocalizedText(ru: "х", en: "x"),
            options: [
                OptionSpec("--as-of", value: "D", ru: "", en: ""), OptionSpec("--within", value: "N", ru: "", en: ""),
                OptionSpec("--format", value: "F", ru: "", en: ""),
            ])
        let bad = try ArgumentParser.parse(["--as-of", "2023-02-30", "--within", "400", "--format", "jsn"], spec: typed)
        #expect(throws: UsageError.self) { try bad.date("--as-of") }
        #expect(throws: UsageError.self) { try bad.integer("--within", in: 0...366) }
        do {
            _ = try bad.choice("--format", default: ValidateCommand.Format.text)
            Issue.record("jsn accepted")
        } catch {
            #expect(error.message.ru == "--format: ожидается одно из: text, json; получено «jsn»; возможно, вы имели в виду «json»")
            #expect(error.message.en == "--format takes text, json, found 'jsn'; did you mean 'json'?")
        }
        let empty = try ArgumentParser.parse([], spec: typed)
        #expect(throws: UsageError(ru: "не указан параметр --as-of <ГГГГ-ММ-ДД>", en: "missing option --as-of <YYYY-MM-DD>", command: "x"))
        {
            try empty.requiredDate("--as-of")
        }
        #expect(try empty.integer("--within", in: 0...366) == nil)
    }

    /// A command line becomes typed options: dates, enums, ids and numbers.
    @Test func commandsParseIntoTypedOptions() throws {
        let compliance = try ComplianceCommand.parse(
            ["ws", "--as-of", "2023-06-30", "--format", "json", "--municipality", "north", "--level", "school"])
        #expect(compliance.source == .workspace("ws"))
        #expect(compliance.asOf == LocalDate(year: 2023, month: 6, day: 30))
        #expect(compliance.format == .json)
        #expect(compliance.level == .school)
        #expect(compliance.municipality == MunicipalityID("north"))
        #expect(compliance.separator == ";")
        let deadlines = try DeadlinesCommand.parse(["ws", "--as-of=2023-11-30", "--within", "7", "--separator", ","])
        #expect(deadlines.within == 7)
        #expect(deadlines.separator == ",")
        #expect(deadlines.format == .table)
        let skeleton = try SkeletonCommand.parse(["ws", "--all", "--format", "md", "--school", "a", "--school", "b"])
        #expect(skeleton.municipality == nil)
        #expect(skeleton.schools == [SchoolID("a"), SchoolID("b")])
        #expect(skeleton.format == .md)
        let statuses = try ComplianceCommand.parse(["--statuses", "s.csv", "--as-of", "2023-06-30"])
        #expect(statuses.source == .statuses("s.csv", checkpoints: []))
    }

    /// Rules between options are usage errors of the parse, before any file is read.
    @Test(arguments: [
        ["ws", "--as-of", "2023-06-30", "--format", "xlsx"],
        ["--statuses", "s.csv", "ws", "--as-of", "2023-06-30"],
        ["--statuses", "s.csv", "--as-of", "2023-06-30", "--format", "html"],
        ["ws", "--as-of", "2023-06-30", "--checkpoint", "2023-06-30:30"],
        ["ws", "--as-of", "2023-06-30", "--level", "country"],
    ])
    func complianceCombinationsAreUsageErrors(arguments: [String]) {
        #expect(throws: UsageError.self) { try ComplianceCommand.parse(arguments) }
    }
}
