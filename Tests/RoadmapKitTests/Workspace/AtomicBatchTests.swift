import Foundation
import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// Many files committed together: each appears whole, and nothing temporary is left behind when
/// the batch fails or is given up.
@Suite struct AtomicBatchTests {
    static func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func writeAllCreatesDirectoriesReplacesFilesAndLeavesNoTemporaries() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let schools = root.appendingPathComponent("roadmaps/schools")
        try AtomicFile.write("старое содержимое", to: schools.appendingPathComponent("s1.json"))
        try AtomicFile.writeAll([
            (schools.appendingPathComponent("s1.json"), Data("новое".utf8)),
            (schools.appendingPathComponent("s2.json"), Data("второй".utf8)),
            (root.appendingPathComponent("progress/s1.json"), Data()),
        ])
        #expect(try String(contentsOf: schools.appendingPathComponent("s1.json"), encoding: .utf8) == "новое")
        #expect(try String(contentsOf: schools.appendingPathComponent("s2.json"), encoding: .utf8) == "второй")
        #expect(try Data(contentsOf: root.appendingPathComponent("progress/s1.json")).isEmpty)
        #expect(try Self.names(schools) == ["s1.json", "s2.json"])
        #expect(try Self.names(root.appendingPathComponent("progress")) == ["s1.json"])
    }

    @Test func nothingIsReplacedBeforeCommitAndADiscardedBatchLeavesNoTrace() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("s1.json")
        try AtomicFile.write("старое", to: target)
        let batch = AtomicBatch()
        try batch.stage(Data("новое".utf8), to: target)
        try batch.stage(Data("ещё".utf8), to: root.appendingPathComponent("s2.json"))
        #expect(batch.count == 2)
        // Staged copies are hidden temporaries; the targets are untouched.
        #expect(try String(contentsOf: target, encoding: .utf8) == "старое")
        #expect(try Self.names(root).filter { !$0.hasPrefix(".") } == ["s1.json"])
        batch.discard()
        #expect(batch.count == 0)
        #expect(try Self.names(root) == ["s1.json"])
        #expect(try String(contentsOf: target, encoding: .utf8) == "старое")
    }

    @Test func aBatchFreedWithoutCommitRemovesItsTemporaries() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            let batch = AtomicBatch()
            try batch.stage(Data("x".utf8), to: root.appendingPathComponent("s1.json"))
            #expect(try Self.names(root).count == 1)
        }
        #expect(try Self.names(root).isEmpty)
    }

    /// A directory where a file should go is refused when the batch is staged, before any file is
    /// replaced (a rename over it would fail half-way through the batch).
    @Test func aDirectoryInPlaceOfATargetStopsTheBatchBeforeAnyRename() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let taken = root.appendingPathComponent("b.json")
        try FileManager.default.createDirectory(at: taken.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: WorkspaceError.self) {
            try AtomicFile.writeAll([
                (root.appendingPathComponent("a.json"), Data("первый".utf8)),
                (taken, Data("второй".utf8)),
                (root.appendingPathComponent("c.json"), Data("третий".utf8)),
            ])
        }
        #expect(try Self.names(root) == ["b.json"])
    }

    @Test func aDirectoryThatCannotBeMadeIsAnErrorNamingIt() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("a file".utf8).write(to: root.appendingPathComponent("roadmaps"))
        let batch = AtomicBatch()
        do {
            try batch.stage(Data("x".utf8), to: root.appendingPathComponent("roadmaps/schools/s1.json"))
            Issue.record("staging under a file should fail")
        } catch {
            #expect(String(describing: error).contains("roadmaps"))
        }
        #expect(batch.count == 0)
        #expect(try Self.names(root) == ["roadmaps"])
    }

    @Test func filesStagedFromSeveralThreadsAreAllCommitted() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let batch = AtomicBatch()
        let ids = Array(0..<200)
        let failures = ParallelMap.map(ids) { i -> String? in
            do throws(WorkspaceError) {
                try batch.stage(Data("школа \(i)\n".utf8), to: root.appendingPathComponent("s\(i).json"))
                return nil
            } catch {
                return error.description
            }
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        #expect(batch.count == ids.count)
        try batch.commit()
        #expect(batch.count == 0)
        #expect(try Self.names(root).count == ids.count)
        for i in ids {
            #expect(try String(contentsOf: root.appendingPathComponent("s\(i).json"), encoding: .utf8) == "школа \(i)\n")
        }
    }

    @Test(arguments: [("/a/b/c.json", "/a/b"), ("/c.json", "/"), ("c.json", "."), ("a/c.json", "a")])
    func theDirectoryOfAPathIsItsTextUpToTheLastSlash(path: String, directory: String) {
        #expect(AtomicFile.directoryPath(of: path) == directory)
    }

    @Test func filesStagedByPathCreateTheirDirectoryAndAppearOnlyAtCommit() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.path + "/roadmaps/schools/s1.json"
        let batch = AtomicBatch()
        try Data("школа".utf8).withUnsafeBytes { try batch.stage(bytes: $0, toPath: target) }
        #expect(try Self.names(root.appendingPathComponent("roadmaps/schools")).filter { !$0.hasPrefix(".") }.isEmpty)
        try batch.commit()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "школа")
        #expect(try Self.names(root.appendingPathComponent("roadmaps/schools")) == ["s1.json"])
    }
}
