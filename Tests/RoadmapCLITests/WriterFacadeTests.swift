import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// `RoadmapProject.openForWriting`, the write entry point of `link`, `skeleton` and `amend`: the
/// lock, the strict load, and the lock given back when the load is refused.
@Suite struct WriterFacadeTests {
    static func copy() throws -> URL {
        let dir = try CapturedRun.temporaryDirectory()
        let ws = dir.appendingPathComponent("ws")
        try FileManager.default.copyItem(
            at: CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023"), to: ws)
        return ws
    }

    @Test func aRefusedLoadGivesTheLockBack() throws {
        let ws = try Self.copy()
        defer { try? FileManager.default.removeItem(at: ws.deletingLastPathComponent()) }
        let units = ws.appendingPathComponent("units.json")
        let good = try Data(contentsOf: units)
        try Data("{ not json".utf8).write(to: units)
        #expect(throws: WorkspaceRefusal.self) { try RoadmapProject.openForWriting(ws, lockTimeout: 0) }
        try good.write(to: units)
        // Had the refused open kept the lock, this one would be refused at once (no waiting).
        let writer = try RoadmapProject.openForWriting(ws, lockTimeout: 0)
        defer { writer.release() }
        #expect(writer.project.workspace.units.municipalities.count == 5)
        #expect(throws: WorkspaceRefusal.self) { try RoadmapProject.openForWriting(ws, lockTimeout: 0) }
    }

    /// `amend` used to load tolerantly and without the lock; it now refuses like every writer.
    @Test func amendRefusesAnUnreadableWorkspaceAndWritesNothing() throws {
        let ws = try Self.copy()
        defer { try? FileManager.default.removeItem(at: ws.deletingLastPathComponent()) }
        try Data("{ not json".utf8).write(to: ws.appendingPathComponent("units.json"))
        let result = CapturedRun.run(
            [
                "amend", ws.path, "--activity", "region:1", "--schedule", "до 01.12.2023", "--reason", "r", "--on",
                "2023-03-01",
            ], in: ws.deletingLastPathComponent())
        #expect(result.code == ExitCode.failure)
        #expect(result.err.hasPrefix("ошибка: units.json:1:3: [invalid-json]"), "\(result.err)")
        #expect(result.err.hasSuffix("команда остановлена до записи: ничего не изменено\n"))
        #expect(!FileManager.default.fileExists(atPath: ws.appendingPathComponent(AmendmentLog.fileName).path))
    }
}
