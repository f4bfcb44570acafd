import Foundation
import Testing

/// The Kaliningrad example's school roadmaps are exactly what `roadmap skeleton` generates and keeps:
/// regenerating them for every municipality changes no file.
@Suite struct ExampleSkeletonTests {
    static let example = CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023")

    @Test func regeneratingTheSchoolRoadmapsChangesNothing() throws {
        let directory = try CapturedRun.temporaryDirectory()
        let copy = directory.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Self.example, to: copy)
        let schools = Self.example.appendingPathComponent("roadmaps/schools")
        let names = try FileManager.default.contentsOfDirectory(atPath: schools.path).sorted()
        #expect(names.count == 10)
        for municipality in ["svetlogorsk", "guryevsk", "chernyakhovsk", "baltiysk", "neman"] {
            let run = CapturedRun.run(["skeleton", "ws", "--municipality", municipality], in: directory)
            #expect(run.code == 0, "\(run.err)")
            #expect(!run.out.contains("записано: "), "\(municipality): \(run.out)")
        }
        for name in names {
            let original = try Data(contentsOf: schools.appendingPathComponent(name))
            let again = try Data(contentsOf: copy.appendingPathComponent("roadmaps/schools").appendingPathComponent(name))
            #expect(original == again, "\(name) changed")
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
