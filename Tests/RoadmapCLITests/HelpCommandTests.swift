import Foundation
import Testing

@testable import RoadmapCLI

@Suite struct HelpCommandTests {
    static let root = CapturedRun.repositoryRoot

    /// `roadmap help X` prints what `roadmap X --help` prints, for every command and group.
    @Test(arguments: CommandRegistry.all.map { $0.spec.path })
    func helpCommandIsTheCommandsHelp(path: [String]) {
        let viaHelp = CapturedRun.run(["help"] + path, in: Self.root)
        let viaFlag = CapturedRun.run(path + ["--help"], in: Self.root)
        #expect(viaHelp.code == 0)
        #expect(viaHelp.out == viaFlag.out)
        #expect(viaHelp.out.hasPrefix("OVERVIEW: "))
    }

    @Test func helpOfAnUnknownCommandIsAUsageError() {
        let result = CapturedRun.run(["help", "complience"], in: Self.root)
        #expect(result.code == 2)
        #expect(result.err.contains("compliance"))
    }

    @Test func helpAloneIsTheOverview() {
        let result = CapturedRun.run(["help"], in: Self.root)
        #expect(result.code == 0)
        #expect(result.out.contains("roadmap help <command>"))
    }
}
