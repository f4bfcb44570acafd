// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "roadmap",
    products: [
        .library(name: "RoadmapKit", targets: ["RoadmapKit"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        // The library in layers that only point down (Docs/architecture.md); each target may use
        // only the targets below it, and RoadmapKit re-exports them all.
        // Foundation-only helpers: text and CSV, collections, parallel map, atomic writes, zip/xlsx/docx bytes.
        .target(name: "RoadmapSupport"),
        // Values: ids, roadmaps, activities, progress, the workspace, settings, register, findings.
        .target(name: "RoadmapModel", dependencies: ["RoadmapSupport"]),
        // Russian deadline text → schedules; the schedule index of a workspace.
        .target(name: "RoadmapSchedule", dependencies: ["RoadmapModel"]),
        // Document readers (markdown, TSV, docx, xlsx, CSV) and the unit register's lists.
        .target(name: "RoadmapImport", dependencies: ["RoadmapSchedule"]),
        // Rules (executor → level), links, propagation, skeletons, cascade checks.
        .target(name: "RoadmapCascade", dependencies: ["RoadmapSchedule"]),
        // As-of evaluation, zones, roll-up, indicators, deadlines.
        .target(name: "RoadmapCompliance", dependencies: ["RoadmapCascade"]),
        // Findings with stable codes over a workspace (the cascade's own checks are added on top).
        .target(name: "RoadmapValidation", dependencies: ["RoadmapSchedule"]),
        // Files: JSON codec, workspace load/save, locks, flat status files.
        .target(name: "RoadmapStorage", dependencies: ["RoadmapImport", "RoadmapCompliance", "RoadmapValidation"]),
        // Every renderer: tables, CSV, JSON, Markdown, HTML, xlsx, skeletons, explanations.
        .target(name: "RoadmapRender", dependencies: ["RoadmapStorage"]),
        // The top layer: use cases that combine the layers; re-exports all of them.
        .target(name: "RoadmapKit", dependencies: ["RoadmapRender"]),
        // Deterministic synthetic workspaces for benchmarks and tests; not part of the rules library.
        .target(name: "RoadmapGenerate", dependencies: ["RoadmapKit"]),
        // Argument parsing and command dispatch; kept out of the executable so it is unit-testable.
        .target(name: "RoadmapCLI", dependencies: ["RoadmapKit", "RoadmapGenerate"]),
        .executableTarget(name: "roadmap", dependencies: ["RoadmapCLI"]),
        // Benchmarks (not tests): `swift run -c release roadmap-bench`.
        .executableTarget(name: "roadmap-bench", dependencies: ["RoadmapKit", "RoadmapCLI"], exclude: ["Peers"]),
        .testTarget(
            name: "RoadmapKitTests",
            dependencies: [
                "RoadmapKit", "RoadmapGenerate", "RoadmapSupport", "RoadmapModel", "RoadmapSchedule", "RoadmapImport",
                "RoadmapCascade", "RoadmapCompliance", "RoadmapValidation", "RoadmapStorage", "RoadmapRender",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RoadmapGenerateTests", dependencies: ["RoadmapGenerate", "RoadmapKit"]),
        .testTarget(
            name: "RoadmapCLITests",
            dependencies: [
                "RoadmapCLI", "RoadmapKit", "RoadmapSupport", "RoadmapModel", "RoadmapSchedule", "RoadmapImport",
                "RoadmapCascade", "RoadmapCompliance", "RoadmapValidation", "RoadmapStorage", "RoadmapRender",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
