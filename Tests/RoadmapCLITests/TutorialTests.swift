import Foundation
import Testing

@testable import RoadmapCLI

/// Docs/tutorial.md is executable: its `$ roadmap …` lines run in order in a fresh directory, and
/// the exit codes and output lines the document shows must be what the tool prints.
@Suite struct TutorialTests {
    /// One `$ roadmap …` line of the tutorial and what the document shows after it.
    struct Step: Sendable, CustomStringConvertible {
        /// 1-based line of the command in the document.
        var line: Int
        var arguments: [String]
        /// The exit code a trailing `# exit N` comment announces (0 without one).
        var exitCode: Int32
        /// Output lines shown under the command; `...` stands for lines left out.
        var output: [String]

        var description: String { "tutorial.md:\(line): roadmap \(arguments.joined(separator: " "))" }
    }

    static let document = CapturedRun.repositoryRoot.appendingPathComponent("Docs/tutorial.md")

    /// The steps of a Markdown text: lines in fenced `console` or `sh` blocks that start with `$ roadmap`.
    static func steps(in markdown: String) throws -> [Step] {
        var steps: [Step] = []
        var inBlock = false
        var runnable = false
        var current: Step?
        func finish() {
            if let step = current { steps.append(step) }
            current = nil
        }
        for (index, rawLine) in markdown.components(separatedBy: "\n").enumerated() {
            let line = rawLine.trimmingCharacters(in: .init(charactersIn: " \r"))
            if line.hasPrefix("```") {
                if inBlock {
                    finish()
                    inBlock = false
                } else {
                    inBlock = true
                    runnable = ["console", "sh", "shell"].contains(line.dropFirst(3).trimmingCharacters(in: .whitespaces))
                }
                continue
            }
            guard inBlock, runnable else { continue }
            if line.hasPrefix("$ ") {
                finish()
                guard line.hasPrefix("$ roadmap ") else { continue }
                var command = String(line.dropFirst("$ roadmap ".count))
                var exitCode: Int32 = 0
                if let comment = command.range(of: "# exit ") {
                    exitCode = try #require(Int32(command[comment.upperBound...].trimmingCharacters(in: .whitespaces)))
                    command = String(command[..<comment.lowerBound])
                }
                current = Step(line: index + 1, arguments: try words(command), exitCode: exitCode, output: [])
            } else if current != nil, !line.isEmpty {
                current?.output.append(line)
            }
        }
        return steps
    }

    /// Splits a command line the way a POSIX shell does for the simple cases the tutorial uses:
    /// spaces separate words, '…' and "…" quote.
    static func words(_ command: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        try #require(quote == nil, "unterminated quote in: \(command)")
        if inWord { words.append(word) }
        return words
    }

    /// Whether `expected` (with `...` for any run of lines) appears in order among `actual`.
    static func shows(_ expected: [String], in actual: [String]) -> Bool {
        var position = 0
        var anywhere = true
        for line in expected {
            if line == "..." {
                anywhere = true
                continue
            }
            guard position < actual.count else { return false }
            if anywhere {
                guard let found = actual[position...].firstIndex(of: line) else { return false }
                position = found + 1
            } else {
                guard actual[position] == line else { return false }
                position += 1
            }
            anywhere = false
        }
        return true
    }

    @Test func documentAndToolAgree() throws {
        let steps = try Self.steps(in: String(contentsOf: Self.document, encoding: .utf8))
        try #require(steps.count >= 4, "the tutorial lost its commands")
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The reader works in the repository root; here Examples/ is linked into a fresh directory.
        try FileManager.default.createSymbolicLink(
            at: directory.appendingPathComponent("Examples"),
            withDestinationURL: CapturedRun.repositoryRoot.appendingPathComponent("Examples"))
        for step in steps {
            let result = CapturedRun.run(step.arguments, in: directory)
            #expect(result.code == step.exitCode, "\(step): exit code\n\(result.shown)")
            // Blank lines are not compared: the document's blocks leave them out or keep them as they like.
            let shown = result.shown.components(separatedBy: "\n").map {
                $0.trimmingCharacters(in: .init(charactersIn: " \r"))
            }.filter { !$0.isEmpty }
            #expect(
                Self.shows(step.output, in: shown),
                "\(step): the document shows\n\(step.output.joined(separator: "\n"))\nbut the tool printed\n\(result.shown)")
        }
    }

    @Test func stepsAreReadFromRunnableBlocksOnly() throws {
        let markdown = """
            ```console
            $ swift build
            $ roadmap init ws --region "Калининградская область"   # exit 2
            error: missing option
            ...
            last line
            ```
            ```text
            $ roadmap not-run
            ```
            """
        let steps = try Self.steps(in: markdown)
        #expect(steps.count == 1)
        #expect(steps[0].line == 3)
        #expect(steps[0].arguments == ["init", "ws", "--region", "Калининградская область"])
        #expect(steps[0].exitCode == 2)
        #expect(steps[0].output == ["error: missing option", "...", "last line"])
    }

    @Test func outputMatchingRespectsOrderAndEllipsis() {
        let actual = ["a", "b", "c", "d"]
        #expect(Self.shows(["a", "b"], in: actual))
        #expect(Self.shows(["b", "...", "d"], in: actual))
        #expect(!Self.shows(["a", "c"], in: actual))
        #expect(Self.shows(["...", "c"], in: actual))
        #expect(!Self.shows(["b", "a"], in: actual))
        #expect(!Self.shows(["e"], in: actual))
    }
}
