import Foundation
import RoadmapKit
import Testing

/// The built `roadmap` run as separate processes: two writers at once, a lock held by another
/// process, standard output that cannot be written (issue 20, items 4 and 10).
@Suite final class ConcurrentWriterTests {
    let directory: URL
    let workspace: URL

    init() throws {
        directory = try CapturedRun.temporaryDirectory()
        workspace = directory.appendingPathComponent("w")
        try FileManager.default.copyItem(at: WriterFaultTests.example, to: workspace)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The `roadmap` executable built beside the tests.
    static var executable: URL {
        get throws {
            let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("roadmap")
            let candidates = [
                beside, CapturedRun.repositoryRoot.appendingPathComponent(".build/debug/roadmap"),
            ]
            return try #require(
                candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                "the roadmap executable is built (swift build)")
        }
    }

    /// Starts `roadmap arguments` in the test's directory; standard output to `output` (a pipe when nil).
    func start(_ arguments: [String], environment: [String: String] = [:], output: FileHandle? = nil) throws -> (
        Process, Pipe, Pipe
    ) {
        let process = Process()
        process.executableURL = try Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        if let output { process.standardOutput = output } else { process.standardOutput = out }
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    func finish(_ started: (Process, Pipe, Pipe)) -> (code: Int32, err: String) {
        let err = started.2.fileHandleForReading.readDataToEndOfFile()
        started.0.waitUntilExit()
        return (started.0.terminationStatus, String(decoding: err, as: UTF8.self))
    }

    func records(_ school: String) throws -> [String] {
        let url = workspace.appendingPathComponent("progress/schools/\(school).json")
        let log = try WorkspaceStore.decodeProgress(Data(contentsOf: url), path: url.lastPathComponent)
        return log.records.map(\.activity)
    }

    /// Two imports into one school's progress at the same moment: both records stay, every time.
    @Test func twoImportsAtOnceKeepBothResults() throws {
        let school = WriterFaultTests.school
        try Data("school,activity,status,completion date\n\(school),r19,done,2023-05-10\n".utf8)
            .write(to: directory.appendingPathComponent("a.csv"))
        try Data("школа;мероприятие;статус;дата выполнения\n\(school);m2.4;выполнено;11.05.2023\n".utf8)
            .write(to: directory.appendingPathComponent("b.csv"))
        let pristine = directory.appendingPathComponent("pristine.json")
        let target = workspace.appendingPathComponent("progress/schools/\(school).json")
        try FileManager.default.copyItem(at: target, to: pristine)
        let count = try records(school).count
        for _ in 0..<5 {
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: pristine, to: target)
            let a = try start(["progress", "import", "a.csv", "--workspace", "w"])
            let b = try start(["progress", "import", "b.csv", "--workspace", "w"])
            let (ra, rb) = (finish(a), finish(b))
            #expect(ra.code == 0, "\(ra.err)")
            #expect(rb.code == 0, "\(rb.err)")
            let now = try records(school)
            #expect(now.count == count + 2)
            #expect(now.contains("r19") && now.contains("m2.4"))
        }
    }

    /// Two register imports at once: both new schools are in units.json.
    @Test func twoRegisterImportsAtOnceKeepBothSchools() throws {
        for (name, code) in [("a", "091"), ("b", "092")] {
            try Data(
                "Муниципалитет;Наименование ОО;Код\nСветлогорский городской округ;МБОУ «СОШ № \(code)» (условная);\(code)\n".utf8
            ).write(to: directory.appendingPathComponent("\(name).csv"))
        }
        let a = try start(["units", "import", "a.csv", "--workspace", "w"])
        let b = try start(["units", "import", "b.csv", "--workspace", "w"])
        let (ra, rb) = (finish(a), finish(b))
        #expect(ra.code == 0, "\(ra.err)")
        #expect(rb.code == 0, "\(rb.err)")
        let units = try WorkspaceStore(directory: workspace).load().workspace.units
        let codes = Set(units.schools.compactMap(\.code))
        #expect(codes.isSuperset(of: ["091", "092"]))
    }

    /// While another process holds the lock, a writer that may not wait says who holds it and
    /// writes nothing.
    @Test func aHeldLockIsReportedAndNothingIsWritten() throws {
        let lock = try WorkspaceLock.acquire(in: workspace, timeout: 0)
        defer { lock.release() }
        try Data("school,activity,status,completion date\n\(WriterFaultTests.school),r19,done,2023-05-10\n".utf8)
            .write(to: directory.appendingPathComponent("a.csv"))
        let before = WorkspaceSnapshot(workspace)
        let run = finish(
            try start(["progress", "import", "a.csv", "--workspace", "w"], environment: ["ROADMAP_LOCK_WAIT": "0"]))
        #expect(run.code == 1)
        let pid = ProcessInfo.processInfo.processIdentifier
        #expect(
            run.err == """
                рабочую область w сейчас изменяет другой процесс roadmap (pid \(pid)); ожидание…
                ошибка: \(workspace.path): рабочую область изменяет другой процесс roadmap (pid \(pid)); ждали 0 с
                команда остановлена до записи: ничего не изменено

                """)
        #expect(WorkspaceSnapshot(workspace).changes(since: before) == [])
    }

    /// Standard output on a full device: exit 1 with the reason, no trap.
    @Test func aFailedWriteToStandardOutputIsExitOne() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = finish(
            try start(["--lang", "en", "compliance", "w", "--as-of", "2023-11-30", "--level", "region"], output: full))
        #expect(run.code == 1)
        #expect(run.err.hasSuffix("error: standard output could not be written: the disk is full\n"))
    }
}
