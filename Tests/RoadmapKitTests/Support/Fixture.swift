import Foundation

/// Test fixtures copied into the test bundle (`Tests/RoadmapKitTests/Fixtures`).
enum Fixture {
    /// The URL of a fixture file, e.g. `Fixture.url("seeds/004_906aaa976152efa1.txt")`.
    static func url(_ relativePath: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    /// A fixture's text (UTF-8).
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// A fixture's bytes.
    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The seed documents by short name.
    enum Seed: String, CaseIterable, Sendable {
        case andropovsky = "000_5c51b2508bd05e7e.txt"
        case svetlogorsk = "001_d6732ecfa0f45767.txt"
        case unnamed2020 = "002_fc088c5c2a1b5efa.txt"
        case kavkazsky = "003_aa0ce0c8ff5e76d6.txt"
        case kaliningrad = "004_906aaa976152efa1.txt"

        var path: String { "seeds/" + rawValue }
    }

    /// The repository root (for tests that read `Examples/` or `Docs/`).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
