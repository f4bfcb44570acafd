import Foundation
import RoadmapKit

/// Where a command writes and what it knows of its surroundings: injected, so tests capture output.
package struct CommandContext: Sendable {
    /// Writes to standard output.
    package var out: @Sendable (String) -> Void
    /// Writes to standard error.
    package var err: @Sendable (String) -> Void
    /// Language for messages and reports.
    package var language: Language
    /// The directory relative paths resolve against.
    package var currentDirectory: URL

    package init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        language: Language = .ru, currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) {
        self.out = out
        self.err = err
        self.language = language
        self.currentDirectory = currentDirectory
    }

    /// A URL for a path given on the command line.
    package func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
    }

    /// Picks the message in the context's language.
    package func text(ru: String, en: String) -> String { language == .ru ? ru : en }
}

/// Exit codes: 0 success, 1 the check ran and found non-compliance or invalid data, 2 usage error.
package enum ExitCode {
    package static let success: Int32 = 0
    package static let failure: Int32 = 1
    package static let usage: Int32 = 2
}

/// One subcommand: parse → facade → render → exit code.
///
/// `spec` is the one table of the command's arguments and options; it feeds the parser and the
/// help. `Options` is the command's typed view of a command line, built by a pure function.
protocol RoadmapCommand: Sendable {
    associatedtype Options: Sendable
    static var spec: CommandSpec { get }
    /// The typed options of parsed words; throws `UsageError` for words that do not fit.
    static func options(_ arguments: ParsedArguments) throws(UsageError) -> Options
    /// Runs with typed options; returns the exit code. Throws `UsageError` for arguments that do
    /// not fit the workspace (an unknown id), other errors for failures (`error: …`, exit 1).
    static func run(_ options: Options, context: CommandContext) throws -> Int32
}

extension RoadmapCommand {
    /// The pure parse of a command line (the words after the command path).
    static func parse(_ words: [String]) throws(UsageError) -> Options {
        try options(ArgumentParser.parse(words, spec: spec))
    }

    /// Parses `words` and runs the command.
    static func execute(_ words: [String], context: CommandContext) throws -> Int32 {
        try run(parse(words), context: context)
    }
}
