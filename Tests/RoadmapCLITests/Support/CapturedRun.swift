import Foundation
import RoadmapKit

@testable import RoadmapCLI

/// Runs `RoadmapCLI.run` with output captured, in a given current directory.
struct CapturedRun: Sendable {
    var code: Int32
    var out: String
    var err: String

    /// What a terminal shows: standard output followed by standard error.
    var shown: String { out + err }

    /// Runs the CLI with `arguments` as if typed in `directory`.
    static func run(_ arguments: [String], in directory: URL, language: Language = .ru) -> CapturedRun {
        let buffer = Buffer()
        let context = CommandContext(
            out: { buffer.append(out: $0) }, err: { buffer.append(err: $0) }, language: language,
            currentDirectory: directory)
        let code = RoadmapCLI.run(arguments, context: context)
        return CapturedRun(code: code, out: buffer.out, err: buffer.err)
    }

    /// The repository root (for Examples/ and Docs/).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private final class Buffer: @unchecked Sendable {
        private let lock = NSLock()
        private var outText = ""
        private var errText = ""
        var out: String { lock.withLock { outText } }
        var err: String { lock.withLock { errText } }
        func append(out text: String) { lock.withLock { outText += text } }
        func append(err text: String) { lock.withLock { errText += text } }
    }
}
