import Foundation
import RoadmapKit

/// Where a command writes and what it knows of its surroundings: injected, so tests capture output.
package struct CommandContext: Sendable {
    /// Writes to standard output.
    var out: @Sendable (String) -> Void
    /// Writes to standard error.
    var err: @Sendable (String) -> Void
    /// Language for messages and reports.
    var language: Language
    /// The directory relative paths resolve against.
    var currentDirectory: URL

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
    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
    }

    /// Picks the message in the context's language.
    func text(ru: String, en: String) -> String { language == .ru ? ru : en }
}

/// Exit codes: 0 success, 1 the check ran and found non-compliance or invalid data, 2 usage error.
enum ExitCode {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
}

/// One subcommand: its spec and what it does.
protocol RoadmapCommand: Sendable {
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments; returns the exit code. Throws `UsageError` for bad arguments,
    /// other errors for failures (reported as `error: …`, exit 1).
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32
}
