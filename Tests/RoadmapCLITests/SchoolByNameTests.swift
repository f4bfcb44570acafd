import Foundation
import RoadmapKit
import Testing

/// `--school` takes what people write — the id, the short name with «» or "" quotes, the full
/// name — in `skeleton`, `link` and `import`, and every spelling gives what the id gives.
@Suite struct SchoolByNameTests {
    static let example = CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023")
    static let spellings = [
        "МАОУ «ООШ п. Приморье»",
        "МАОУ \"ООШ п. Приморье\"",
        "Муниципальное автономное общеобразовательное учреждение «Основная общеобразовательная школа п. Приморье»",
    ]

    /// A fresh copy of the example in a temporary directory, as `ws`.
    static func workspace() throws -> URL {
        let directory = try CapturedRun.temporaryDirectory()
        try FileManager.default.copyItem(at: example, to: directory.appendingPathComponent("ws"))
        return directory
    }

    @Test(arguments: spellings) func skeletonByName(_ name: String) throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let byID = CapturedRun.run(
            ["skeleton", "ws", "--municipality", "svetlogorsk", "--school", "maou-oosh-primorye", "--format", "md"], in: directory)
        let byName = CapturedRun.run(
            ["skeleton", "ws", "--municipality", "svetlogorsk", "--school", name, "--format", "md"], in: directory)
        #expect(byID.code == 0, "\(byID.err)")
        #expect(byName.code == byID.code, "\(byName.err)")
        #expect(byName.out == byID.out)
        #expect(byName.out.contains("Приморье"))
    }

    @Test func linkSuggestionsByName() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let byID = CapturedRun.run(["link", "ws", "--school", "maou-oosh-primorye", "--suggest"], in: directory)
        let byName = CapturedRun.run(["link", "ws", "--school", Self.spellings[0], "--suggest"], in: directory)
        #expect(byName.code == byID.code, "\(byName.err)")
        #expect(byName.out == byID.out)
    }

    @Test func importStoresUnderTheSchoolsID() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = CapturedRun.repositoryRoot.appendingPathComponent("Examples/documents/svetlogorsk-roadmap-2022.txt")
        let run = CapturedRun.run(
            ["import", document.path, "--workspace", "ws", "--school", Self.spellings[1], "--replace"], in: directory)
        #expect(run.code == 0, "\(run.err)")
        let stored = directory.appendingPathComponent("ws/roadmaps/schools/maou-oosh-primorye.json")
        let roadmap = try WorkspaceStore.decodeRoadmap(Data(contentsOf: stored), path: stored.path)
        #expect(roadmap.owner == .school(SchoolID("maou-oosh-primorye")))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("ws/roadmaps/schools").path)
        #expect(!names.contains { $0.contains("ООШ") || $0.contains("%") })
    }

    @Test func anUnknownNameIsAUsageError() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = CapturedRun.run(["skeleton", "ws", "--municipality", "svetlogorsk", "--school", "МАОУ «ООШ п. Нигде»"], in: directory)
        #expect(run.code == 2)
        #expect(run.err.contains("Нигде"))
    }
}
