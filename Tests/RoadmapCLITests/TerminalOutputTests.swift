import Foundation
import Testing

/// Names are shown as text, never as instructions to the screen (Docs/workspace-format.md,
/// «Output»): standard output on a terminal has control characters written out as `\u{1B}`;
/// redirected to a pipe or a file it stays byte for byte what the data holds.
@Suite final class TerminalOutputTests {
    let directory: URL
    let workspace: URL
    /// The school's short name in units.json: an ANSI colour escape around «ООШ».
    static let escapedName = "МАОУ \u{1B}[31mООШ\u{1B}[0m п. Приморье"

    init() throws {
        directory = try CapturedRun.temporaryDirectory()
        workspace = directory.appendingPathComponent("w")
        try FileManager.default.copyItem(at: WriterFaultTests.example, to: workspace)
        let units = workspace.appendingPathComponent("units.json")
        let text = try String(contentsOf: units, encoding: .utf8)
        let written = "МАОУ \\u001b[31mООШ\\u001b[0m п. Приморье"
        let changed = text.replacingOccurrences(of: "\"МАОУ «ООШ п. Приморье»\"", with: "\"\(written)\"")
        try #require(changed != text, "the example names the school «МАОУ «ООШ п. Приморье»»")
        try changed.write(to: units, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func unitsList(_ output: ChildRun.Output) throws -> (run: ChildRun, out: String) {
        let run = try ChildRun.run(["units", "list", "--workspace", workspace.path], in: directory, output: output)
        return (run, String(decoding: run.out, as: UTF8.self))
    }

    @Test func escapeInANameIsWrittenOutOnATerminal() throws {
        let (run, out) = try unitsList(.terminal)
        #expect(run.code == 0, "\(run.err)")
        #expect(out.contains("МАОУ \\u{1B}[31mООШ\\u{1B}[0m п. Приморье"))
        #expect(!run.out.contains(0x1B))
    }

    @Test func escapeInANameIsKeptByteForByteInAPipe() throws {
        let (run, out) = try unitsList(.pipe)
        #expect(run.code == 0, "\(run.err)")
        #expect(out.contains(Self.escapedName))
        #expect(!out.contains("\\u{1B}"))
    }
}
