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

/// Writing never leaves half a file or a stray temporary one, and says what went wrong.
@Suite struct AtomicFileTests {
    @Test func writesIntoMissingDirectoriesAndReplacesAnExistingFile() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("roadmaps/schools/s1.json")
        try AtomicFile.write("первый", to: target)
        try AtomicFile.write("второй вариант", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "второй вариант")
        let left = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(left == ["s1.json"])
    }

    @Test func aTargetThatIsADirectoryIsAnErrorAndLeavesNoTemporaryFile() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: WorkspaceError.self) { try AtomicFile.write("x", to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["taken"])
    }

    @Test func anEmptyFileIsWritten() throws {
        let root = try TemporaryDirectory.make("atomic")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("empty.csv")
        try AtomicFile.write(Data(), to: target)
        #expect(try Data(contentsOf: target).isEmpty)
    }
}

/// The writer's eight-bytes-at-a-time escape check agrees with the byte-by-byte one.
@Suite struct JSONWriterEscapeTests {
    @Test func everyByteAtEveryPositionOfALongerText() {
        let plain = Array("Программа развития ОО".utf8)
        for byte in UInt8(0)...0x7F {
            for position in 0..<min(20, plain.count) {
                var bytes = plain
                bytes[position] = byte
                let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
                #expect(bytes.withUnsafeBufferPointer { JSONWriter.needsEscaping($0) } == expected)
            }
        }
    }
}
