import Foundation
import RoadmapCLI
import RoadmapKit

/// `roadmap-bench office`: reading Word and Excel files. The five seed documents as .docx read
/// and imported (targets: ≤ 100 ms each); a 4,000-row progress workbook imported into the
/// tutorial's workspace with `roadmap progress import` (target: ≤ 1 s), next to the same rows as
/// the 202-row CSV for scale.
enum OfficeBenchmark {
    static let suite = BenchmarkSuite(name: "office") { run() }

    static let fixtures = ImportBenchmark.root.appendingPathComponent("Tests/RoadmapKitTests/Fixtures/office")
    static let examples = ImportBenchmark.root.appendingPathComponent("Examples")

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func run() {
        let repetitions = ProcessInfo.processInfo.environment["ROADMAP_BENCH_REPEAT"].flatMap(Int.init) ?? 20
        for seed in ImportBenchmark.seeds {
            let name = seed.replacingOccurrences(of: ".txt", with: ".docx")
            guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("docx/\(name)")) else { continue }
            var activities = 0
            var worst = 0.0
            var total = 0.0
            var reading = 0.0
            for _ in 0..<repetitions {
                let start = DispatchTime.now()
                let text = (try? DocxReader.text(data, fileName: name)) ?? ""
                reading += seconds(since: start)
                let imported = try? RoadmapImporter.importDocument(
                    text: text, fileName: name, owner: .region, period: .calendarYear(2023))
                let elapsed = seconds(since: start)
                worst = max(worst, elapsed)
                total += elapsed
                activities = imported?.roadmap.activities.count ?? 0
            }
            print(
                "\(name) (\(data.count / 1024) KiB): \(String(format: "%.1f", total * 1000 / Double(repetitions))) ms mean, \(String(format: "%.1f", worst * 1000)) ms worst (reading the .docx: \(String(format: "%.1f", reading * 1000 / Double(repetitions))) ms), \(activities) activities"
            )
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-bench-office-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = CommandContext(out: { _ in }, err: { _ in }, language: .ru, currentDirectory: directory)
        var steps: [[String]] = [
            [
                "init", "ws", "--region", "Калининградская область", "--plan",
                examples.appendingPathComponent("documents/kaliningrad-plan-2023.txt").path,
            ],
            ["units", "import", examples.appendingPathComponent("schools-2023.csv").path, "--workspace", "ws"],
            [
                "import", examples.appendingPathComponent("documents/svetlogorsk-roadmap-2022.txt").path, "--workspace",
                "ws", "--municipality", "svetlogorskiy",
            ],
        ]
        steps += ["svetlogorskiy", "gurevskiy", "chernyakhovskiy", "baltiyskiy", "nemanskiy"].map {
            ["skeleton", "ws", "--municipality", $0]
        }
        for step in steps where RoadmapCLI.run(step, context: context) != 0 {
            print("setup failed: \(step.joined(separator: " "))")
            return
        }
        try? FileManager.default.copyItem(
            at: directory.appendingPathComponent("ws"), to: directory.appendingPathComponent("ws-csv"))
        // The parts: reading the workbook into rows, and merging them (in memory).
        if let data = try? Data(contentsOf: fixtures.appendingPathComponent("xlsx/progress-4000.xlsx")),
            let workspace = try? WorkspaceStore(directory: directory.appendingPathComponent("ws")).load().workspace
        {
            var start = DispatchTime.now()
            if let read = try? ProgressWorkbook.read(data, fileName: "progress-4000.xlsx", workspace: workspace) {
                let reading = seconds(since: start)
                start = DispatchTime.now()
                let merged = try? ProgressImporter.merge(read.table, fileName: "progress-4000.xlsx", into: workspace)
                print(
                    "progress-4000.xlsx: reading \(read.table.rows.count) rows \(String(format: "%.0f", reading * 1000)) ms, merging \(merged?.appended ?? 0) records \(String(format: "%.0f", seconds(since: start) * 1000)) ms"
                )
            }
        }
        for (label, file, workspace) in [
            ("progress-4000.xlsx (4,000 rows)", fixtures.appendingPathComponent("xlsx/progress-4000.xlsx").path, "ws"),
            ("progress-2023.csv (202 rows)", examples.appendingPathComponent("documents/progress-2023.csv").path, "ws-csv"),
        ] {
            let start = DispatchTime.now()
            let code = RoadmapCLI.run(["progress", "import", file, "--workspace", workspace], context: context)
            print("progress import \(label): \(String(format: "%.0f", seconds(since: start) * 1000)) ms (exit \(code))")
        }
    }
}
