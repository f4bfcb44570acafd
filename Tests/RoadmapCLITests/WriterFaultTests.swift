import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// Fault injection: every command that writes, against every unreadable variant of every file it
/// reads, must stop with exit 1 and `path: what is wrong` before writing anything — compared byte
/// for byte, with permissions and group, before and after (issue 20, items 1–3, 11, 14, 15).
///
/// `chmod 000` cannot make a file unreadable for root, and the tests often run as root; a
/// directory or a FIFO in the file's place stands in for an unreadable file, and the chmod case
/// runs only as another user (`unreadableModeStopsEveryWriter`).
@Suite final class WriterFaultTests {
    let directory: URL

    init() throws { directory = try CapturedRun.temporaryDirectory() }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static let example = CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023")
    static let school = "maou-oosh-primorye"

    /// A command that writes, with the workspace files it reads.
    struct Writer: CustomStringConvertible, Sendable {
        var arguments: [String]
        var reads: [String]
        /// Whether a run on the intact example changes a file (a skeleton already generated does not).
        var changesIntact = true
        var description: String { arguments.prefix(2).joined(separator: " ") + (arguments.contains("--output") ? " --output" : "") }
    }

    static let everyFile = [
        "workspace.json", "units.json", "roadmaps/region.json", "roadmaps/municipalities/svetlogorsk.json",
        "roadmaps/schools/\(school).json", "progress/schools/\(school).json",
    ]
    /// A skeleton run reads a school's progress only when an activity is no longer owed.
    static let skeletonFiles = Array(everyFile.dropLast())

    static let writers: [Writer] = [
        Writer(arguments: ["progress", "import", "p.csv", "--workspace", "w"], reads: everyFile),
        Writer(arguments: ["units", "import", "schools.csv", "--workspace", "w"], reads: everyFile),
        Writer(arguments: ["skeleton", "w", "--municipality", "svetlogorsk"], reads: skeletonFiles, changesIntact: false),
        Writer(arguments: ["skeleton", "w", "--municipality", "svetlogorsk", "--output", "out"], reads: skeletonFiles),
        Writer(arguments: ["link", "w", "--municipality", "svetlogorsk", "--apply", "1.1=region:7"], reads: everyFile),
        Writer(
            arguments: ["import", "doc.txt", "--workspace", "w", "--municipality", "svetlogorsk", "--replace"],
            reads: everyFile),
    ]

    /// Ways a file can be unusable, with a piece of the message each must produce.
    enum Fault: String, CaseIterable, Sendable {
        case truncated, newerSchema, textSchema, fractionalSchema, notUTF8, repeatedKey, trailingComma, directory, fifo

        var expected: String {
            switch self {
            case .truncated: "not valid JSON"
            case .newerSchema: "schemaVersion 2"
            case .textSchema: "expected a whole number from 1 to 1, found a string"
            case .fractionalSchema: "expected a whole number from 1 to 1, found 1.5"
            case .notUTF8: "not UTF-8 text"
            case .repeatedKey: "repeated key \"schemaVersion\""
            case .trailingComma: "not valid JSON"
            case .directory: "not a regular file (a directory)"
            case .fifo: "not a regular file (a FIFO)"
            }
        }

        func apply(to url: URL) throws {
            let fm = FileManager.default
            let data = try Data(contentsOf: url)
            let text = try #require(String(data: data, encoding: .utf8))
            // Files written by either encoder: `"schemaVersion": 1` or `"schemaVersion" : 1`.
            let version = try #require(text.range(of: #""schemaVersion" ?: 1"#, options: .regularExpression))
            func replacingVersion(with value: String) -> Data {
                var changed = text
                changed.replaceSubrange(version, with: value)
                return Data(changed.utf8)
            }
            switch self {
            case .truncated: try data.prefix(data.count / 2).write(to: url)
            case .newerSchema: try replacingVersion(with: "\"schemaVersion\": 2").write(to: url)
            case .textSchema: try replacingVersion(with: "\"schemaVersion\": \"1\"").write(to: url)
            case .fractionalSchema: try replacingVersion(with: "\"schemaVersion\": 1.5").write(to: url)
            case .notUTF8:
                // One Cyrillic letter saved in Windows-1251, as an editor on a Russian Windows does.
                let scalars = Array(text.unicodeScalars)
                let k = try #require(scalars.firstIndex { (0x0410...0x044F).contains($0.value) })
                let letter = try #require(TextDecoding.encodeWindows1251(String(scalars[k])))
                let prefix = Data(String(String.UnicodeScalarView(scalars[..<k])).utf8)
                let rest = Data(String(String.UnicodeScalarView(scalars[(k + 1)...])).utf8)
                try (prefix + letter + rest).write(to: url)
            case .repeatedKey: try replacingVersion(with: "\"schemaVersion\": 1, \"schemaVersion\": 1").write(to: url)
            case .trailingComma:
                let end = try #require(text.range(of: "}", options: .backwards))
                var broken = text
                broken.replaceSubrange(end, with: ", }")
                try Data(broken.utf8).write(to: url)
            case .directory:
                try fm.removeItem(at: url)
                try fm.createDirectory(at: url, withIntermediateDirectories: false)
            case .fifo:
                try fm.removeItem(at: url)
                try #require(mkfifo(url.path, 0o644) == 0)
            }
        }
    }

    /// The example workspace as `w`, with the inputs each writer takes beside it.
    func prepare() throws -> URL {
        let fm = FileManager.default
        let workspace = directory.appendingPathComponent("w")
        try fm.copyItem(at: Self.example, to: workspace)
        try Data("Муниципалитет;Наименование ОО;Код\nСветлогорский городской округ;МБОУ «СОШ № 99» (условная);099\n".utf8)
            .write(to: directory.appendingPathComponent("schools.csv"))
        try fm.copyItem(
            at: CapturedRun.repositoryRoot.appendingPathComponent("Examples/documents/svetlogorsk-roadmap-2022.txt"),
            to: directory.appendingPathComponent("doc.txt"))
        try Data("school,activity,status,completion date\n\(Self.school),r19,done,2023-05-10\n".utf8)
            .write(to: directory.appendingPathComponent("p.csv"))
        return workspace
    }

    static var cases: [(Writer, String)] { writers.flatMap { writer in writer.reads.map { (writer, $0) } } }

    /// Each writer succeeds and writes on the intact workspace: what stops it below is the fault.
    @Test(arguments: writers)
    func everyWriterWritesOnTheIntactWorkspace(_ writer: Writer) throws {
        let workspace = try prepare()
        let before = WorkspaceSnapshot(directory)
        let result = CapturedRun.run(writer.arguments, in: directory)
        #expect(result.code == 0, "\(result.err)")
        #expect(WorkspaceSnapshot(directory).changes(since: before).isEmpty == !writer.changesIntact)
        _ = workspace
    }

    @Test(arguments: cases)
    func everyFaultStopsTheWriterBeforeAnyWrite(_ writer: Writer, _ file: String) throws {
        for fault in Fault.allCases {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let workspace = try prepare()
            let intact = WorkspaceSnapshot(workspace)
            try fault.apply(to: workspace.appendingPathComponent(file))
            try #require(WorkspaceSnapshot(workspace).changes(since: intact) == [file], "the fault took")
            let before = WorkspaceSnapshot(directory)
            let result = CapturedRun.run(writer.arguments, in: directory, language: .en)
            #expect(result.code == 1, "\(writer) with \(file) \(fault): \(result.err)")
            #expect(result.err.contains(file), "\(writer) with \(file) \(fault): \(result.err)")
            #expect(result.err.contains(fault.expected), "\(writer) with \(file) \(fault): \(result.err)")
            #expect(WorkspaceSnapshot(directory).changes(since: before) == [], "\(writer) with \(file) \(fault)")
        }
    }

    /// The Russian message names the file and says nothing was changed.
    @Test func theRefusalIsInRussianByDefault() throws {
        let workspace = try prepare()
        try Fault.newerSchema.apply(to: workspace.appendingPathComponent("progress/schools/\(Self.school).json"))
        let result = CapturedRun.run(["progress", "import", "p.csv", "--workspace", "w"], in: directory)
        #expect(result.code == 1)
        #expect(
            result.err == """
                ошибка: progress/schools/\(Self.school).json:schemaVersion: [schema-too-new] schemaVersion 2 новее, чем поддерживает эта версия программы (1); обновите roadmap
                команда остановлена до записи: ничего не изменено

                """)
    }

    @Test(.enabled(if: getuid() != 0, "chmod 000 does not stop root from reading; the directory and FIFO faults cover it"))
    func unreadableModeStopsEveryWriter() throws {
        for writer in Self.writers {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let workspace = try prepare()
            let target = workspace.appendingPathComponent("roadmaps/municipalities/svetlogorsk.json")
            try #require(chmod(target.path, 0) == 0)
            defer { chmod(target.path, 0o644) }
            let before = WorkspaceSnapshot(directory)
            let result = CapturedRun.run(writer.arguments, in: directory, language: .en)
            #expect(result.code == 1)
            #expect(
                result.err.contains("roadmaps/municipalities/svetlogorsk.json: [unreadable-file] cannot read the file: permission denied"))
            #expect(WorkspaceSnapshot(directory).changes(since: before) == [])
        }
    }

    /// An input given on the command line that is a FIFO is refused at once (it used to block for ever).
    @Test(arguments: [
        ["progress", "import", "in", "--workspace", "w"], ["units", "import", "in", "--workspace", "w"],
        ["import", "in", "--workspace", "w", "--municipality", "svetlogorsk", "--replace"],
        ["init", "new", "--region", "Калининградская область", "--plan", "in"],
    ])
    func aFIFOAsInputIsRefusedWithoutBlocking(_ arguments: [String]) throws {
        _ = try prepare()
        try #require(mkfifo(directory.appendingPathComponent("in").path, 0o644) == 0)
        let before = WorkspaceSnapshot(directory)
        let result = CapturedRun.run(arguments, in: directory, language: .en)
        #expect(result.code == 1)
        #expect(result.err == "error: in: cannot read: not a regular file (a FIFO)\n")
        #expect(WorkspaceSnapshot(directory).changes(since: before) == [])
    }

    /// `--output` onto a FIFO is refused; the FIFO stays a FIFO.
    @Test func aFIFOAsOutputIsNotReplaced() throws {
        _ = try prepare()
        let fifo = directory.appendingPathComponent("report.md")
        try #require(mkfifo(fifo.path, 0o644) == 0)
        let result = CapturedRun.run(
            ["compliance", "w", "--as-of", "2023-06-30", "--format", "md", "--output", "report.md"], in: directory,
            language: .en)
        #expect(result.code == 1)
        #expect(result.err.contains("report.md: cannot write: not a regular file (a FIFO); refusing to replace it"))
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }
}
