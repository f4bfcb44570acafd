import Testing

@testable import RoadmapCLI

@Suite struct ArgumentParsingTests {
    let spec = CommandSpec(
        ["compliance"], summary: "x",
        positionals: [PositionalSpec("workspace", help: "")],
        options: [
            OptionSpec("--as-of", value: "DATE", help: ""), OptionSpec("--school", value: "ID", repeatable: true, help: ""),
            OptionSpec("--strict", help: ""),
        ])

    @Test func parsesOptionsFlagsAndPositionals() throws {
        let parsed = try ArgumentParser.parse(
            ["ws", "--as-of", "2023-06-30", "--school=a", "--school", "b", "--strict"], spec: spec)
        #expect(parsed.positionals == ["ws"])
        #expect(parsed.value("--as-of") == "2023-06-30")
        #expect(parsed.all("--school") == ["a", "b"])
        #expect(parsed.flag("--strict"))
    }

    @Test func unknownOptionSuggestsTheNearest() {
        #expect(throws: UsageError("unknown option '--asof'; did you mean '--as-of'?", command: "compliance")) {
            try ArgumentParser.parse(["ws", "--asof", "x"], spec: spec)
        }
    }

    @Test func missingValueAndMissingPositionalAreUsageErrors() {
        #expect(throws: UsageError.self) { try ArgumentParser.parse(["ws", "--as-of"], spec: spec) }
        #expect(throws: UsageError.self) { try ArgumentParser.parse([], spec: spec) }
        #expect(throws: UsageError.self) { try ArgumentParser.parse(["ws", "extra"], spec: spec) }
    }
}
