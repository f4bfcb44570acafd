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

#if canImport(Glibc)
    import Glibc
#endif

/// File errors reach the user in the tool's own words, Russian by default, English on request;
/// the C library's and Foundation's texts never do (issue 21, item 2).
@Suite final class FileProblemTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("file-problem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        chmod(directory.appendingPathComponent("locked.json").path, 0o644)
        try? FileManager.default.removeItem(at: directory)
    }

    /// The error SafeFile.read gives for `name` in the test's directory.
    func readError(_ name: String) -> WorkspaceError? {
        do {
            _ = try SafeFile.read(directory.appendingPathComponent(name).path, displayPath: name)
            return nil
        } catch { return error }
    }

    @Test func aMissingFileIsNotFound() throws {
        let error = try #require(readError("nonexist.csv"))
        #expect(error.message.ru == "nonexist.csv: файл не прочитан: файл не найден")
        #expect(error.message.en == "nonexist.csv: cannot read: no such file")
    }

    @Test func anUnreadableFileIsPermissionDenied() throws {
        let path = directory.appendingPathComponent("locked.json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0)
        // Root reads whatever its mode: the mapping is then checked from the errno alone.
        if getuid() != 0 {
            let error = try #require(readError("locked.json"))
            #expect(error.message.ru == "locked.json: файл не прочитан: нет прав доступа")
        }
        #expect(FileProblem(errno: EACCES).message.ru == "нет прав доступа")
        #expect(
            WorkspaceError.unreadable(path: "a", reason: FileProblem(errno: EACCES).reason).message.en
                == "a: cannot read: permission denied")
    }

    @Test func aDirectoryIsSaidToBeADirectory() throws {
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("folder.json"), withIntermediateDirectories: false)
        let error = try #require(readError("folder.json"))
        #expect(error.message.ru == "folder.json: файл не прочитан: это папка, а не файл")
        #expect(error.message.en == "folder.json: cannot read: not a regular file (a directory)")
        #expect(FileProblem(errno: EISDIR).message.ru == "это папка, а не файл")
    }

    @Test func textThatIsNotUTF8IsSaidSo() throws {
        let url = directory.appendingPathComponent("cp1251.txt")
        try Data([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]).write(to: url)
        var thrown: (any Error)?
        do { _ = try String(contentsOf: url, encoding: .utf8) } catch { thrown = error }
        let error = try #require(thrown)
        #expect(FileProblem(error) == .notUTF8)
        #expect(FileProblem(error).message.ru == "текст не в кодировке UTF-8")
    }

    @Test func aFullDiskIsSaidToBeFull() throws {
        #expect(FileProblem(errno: ENOSPC) == .diskFull)
        let error = WorkspaceError.writeFailed(path: "units.json", reason: FileProblem(errno: ENOSPC).reason)
        #expect(error.message.ru == "units.json: запись не удалась: на диске нет места")
        #expect(error.message.en == "units.json: cannot write: the disk is full")
        // /dev/full refuses every write with ENOSPC.
        let fd = open("/dev/full", O_WRONLY)
        if fd >= 0 {
            defer { close(fd) }
            let written = [UInt8](repeating: 0x41, count: 4).withUnsafeBytes { write(fd, $0.baseAddress, 4) }
            #expect(written == -1)
            #expect(FileProblem(errno: errno) == .diskFull)
        }
    }

    @Test func foundationErrorsAreMappedNotShown() throws {
        var thrown: (any Error)?
        do { _ = try Data(contentsOf: directory.appendingPathComponent("nonexist.json")) } catch { thrown = error }
        let problem = FileProblem(try #require(thrown))
        #expect(problem == .notFound)
        #expect(!problem.message.en.contains("couldn’t"))
        #expect(FileProblem(CocoaError(.fileReadNoPermission)) == .permissionDenied)
        #expect(
            FileProblem.russian("not a regular file (a FIFO); refusing to replace it")
                == "это не обычный файл (именованный канал); заменять его программа не станет")
        #expect(FileProblem.russian("something else") == "something else")
    }
}
