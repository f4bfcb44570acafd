import Foundation
import Testing

@testable import RoadmapKit

/// A workspace file that cannot be read is explained in the user's language: the Russian message
/// has no English words beside file names, field names and JSON's own words, and the English one
/// is the text the tool has always printed.
@Suite struct InvalidFileLanguageTests {
    static let file = "roadmaps/municipalities/andropovsky.json"

    /// A fault: how the second region's roadmap is broken, and the English message it must give.
    struct Fault: Sendable, CustomStringConvertible {
        var name: String
        var file = InvalidFileLanguageTests.file
        var replace: String
        var with: String
        var english: String
        var description: String { name }
    }

    static let faults: [Fault] = [
        Fault(
            name: "trailing comma", replace: "\"id\": \"andropovsky\"\n", with: "\"id\": \"andropovsky\",\n",
            english: "\(file):6:3: file not read: not valid JSON: expected a key in double quotes, found \"},\""),
        Fault(
            name: "bad number", replace: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 1, \"x\": 1e999,",
            english: "\(file):2:28: file not read: not valid JSON: number out of range, found \"1e999,\""),
        Fault(
            name: "duplicate key", replace: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 1, \"schemaVersion\": 1,",
            english: "\(file):2:23: file not read: not valid JSON: repeated key \"schemaVersion\", found \"\"schemaVersi\""),
        Fault(
            name: "lone surrogate", replace: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 1, \"x\": \"\\ud800\",",
            english: "\(file):2:29: file not read: not valid JSON: invalid \\u escape (a lone surrogate), found \"\\ud800\",\""),
        Fault(
            name: "newer schemaVersion", replace: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 2,",
            english: "\(file):schemaVersion: schemaVersion 2 is newer than this tool supports (1); update roadmap"),
        Fault(
            name: "text schemaVersion", replace: "\"schemaVersion\": 1,", with: "\"schemaVersion\": \"1\",",
            english: "\(file):schemaVersion: file not read: expected a whole number from 1 to 1, found a string"),
        Fault(
            name: "wrong type", replace: "\"period\": \"2022-2025 гг.\"", with: "\"period\": true",
            english: "\(file):period: file not read: expected a string"),
        Fault(
            name: "bad period", replace: "\"period\": \"2022-2025 гг.\"", with: "\"period\": \"soon\"",
            english:
                "\(file):period: file not read: expected a period such as \"2023\", \"2021-2022 учебный год\" or \"2022-2025 гг.\", found \"soon\""
        ),
        Fault(
            name: "settings: bad checkpoint", file: "workspace.json", replace: "\"date\" : \"06-30\"",
            with: "\"date\" : \"6/30\"",
            english: "workspace.json:checkpoints[0].date: expected a day of the year as MM-DD, found \"6/30\""),
        Fault(
            name: "settings: missing field", file: "workspace.json", replace: "\"minimum\" : 30,", with: "",
            english: "workspace.json:checkpoints[0].minimum: required field \"minimum\" is missing"),
    ]

    /// Latin words a Russian message may hold: JSON's words, the names of fields and the tool.
    static let allowedLatin: Set<String> = ["JSON", "UTF", "true", "false", "null", "schemaVersion", "roadmap"]

    @Test(arguments: faults)
    func messagesAreInTheChosenLanguage(_ fault: Fault) throws {
        let directory = TemporaryDirectory.url("invalid-file")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: Fixture.repositoryRoot.appendingPathComponent("Examples/andropovsky-2023"), to: directory)
        let url = directory.appendingPathComponent(fault.file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(fault.replace))
        try Data(text.replacingOccurrences(of: fault.replace, with: fault.with).utf8).write(to: url)

        let message = try Self.message(loading: directory)
        #expect(message.en == fault.english)
        let russian = message.ru
        #expect(russian.hasPrefix(fault.file))
        #expect(russian != fault.english)
        #expect(Self.latinWords(in: russian, file: fault.file).isEmpty, "\(russian)")
    }

    /// What loading the workspace says: the error that stops it (the settings) or the one finding
    /// about a file it leaves out (a roadmap), as `file:location: message`.
    static func message(loading directory: URL) throws -> LocalizedText {
        let loaded: WorkspaceStore.Loaded
        do {
            loaded = try WorkspaceStore(directory: directory).load()
        } catch {
            #expect(error.description == error.message.en)
            return error.message
        }
        let finding = try #require(loaded.findings.first)
        #expect(loaded.findings.count == 1)
        let place = finding.file + (finding.location.map { ":" + $0 } ?? "") + ": "
        return LocalizedText(ru: place + finding.message.ru, en: place + finding.message.en)
    }

    /// The Latin words of a Russian message other than its file name, its location (a line and
    /// column or a field path), what it quotes from the file «…» and the allowed words.
    static func latinWords(in message: String, file: String) -> [String] {
        var rest = message.dropFirst(file.count)
        if rest.hasPrefix(":"), let space = rest.firstIndex(of: " ") { rest = rest[space...] }
        var unquoted = ""
        var depth = 0
        for character in rest {
            if character == "«" { depth += 1 } else if character == "»" { depth -= 1 } else if depth == 0 { unquoted.append(character) }
        }
        let words = unquoted.split { !($0.isLetter && $0.isASCII) }.map(String.init)
        return words.filter { !allowedLatin.contains($0) }
    }

    @Test func theLatinCheckCatchesEnglish() {
        #expect(Self.latinWords(in: "f.json:1:2: файл: expected a digit", file: "f.json") == ["expected", "a", "digit"])
        #expect(Self.latinWords(in: "f.json:period: ожидается: период «soon»", file: "f.json").isEmpty)
    }
}
