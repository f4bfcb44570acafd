// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "roadmap",
    products: [
        .library(name: "RoadmapKit", targets: ["RoadmapKit"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        // All domain logic: model, schedules, import, cascade, compliance, rendering.
        .target(name: "RoadmapKit"),
        // Deterministic synthetic workspaces for benchmarks and tests; not part of the rules library.
        .target(name: "RoadmapGenerate", dependencies: ["RoadmapKit"]),
        // Argument parsing and command dispatch; kept out of the executable so it is unit-testable.
        .target(name: "RoadmapCLI", dependencies: ["RoadmapKit", "RoadmapGenerate"]),
        .executableTarget(name: "roadmap", dependencies: ["RoadmapCLI"]),
        // Benchmarks (not tests): `swift run -c release roadmap-bench`.
        .executableTarget(name: "roadmap-bench", dependencies: ["RoadmapKit", "RoadmapCLI"], exclude: ["Peers"]),
        .testTarget(
            name: "RoadmapKitTests",
            dependencies: ["RoadmapKit", "RoadmapGenerate"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RoadmapGenerateTests", dependencies: ["RoadmapGenerate", "RoadmapKit"]),
        .testTarget(
            name: "RoadmapCLITests",
            dependencies: ["RoadmapCLI", "RoadmapKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
