import Foundation
import RoadmapKit

/// `roadmap-bench import`: the five seed documents imported `repetitions` times (default 50;
/// `ROADMAP_BENCH_REPEAT` overrides), then one long tab-separated plan (the Kaliningrad table
/// repeated to 3 000 and 12 000 activities, page headers included) to show the cost grows linearly.
enum ImportBenchmark {
    static let suite = BenchmarkSuite(name: "import") { run() }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func seed(_ name: String) -> String {
        let url = root.appendingPathComponent("Tests/RoadmapKitTests/Fixtures/seeds/\(name)")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static let seeds = [
        "000_5c51b2508bd05e7e.txt", "001_d6732ecfa0f45767.txt", "002_fc088c5c2a1b5efa.txt", "003_aa0ce0c8ff5e76d6.txt",
        "004_906aaa976152efa1.txt",
    ]

    /// The Kaliningrad plan with its 32 rows repeated (renumbered) to `count` activities.
    static func longPlan(_ count: Int) -> String {
        let lines = seed("004_906aaa976152efa1.txt").split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.first { $0.hasPrefix("№ пп\t") }.map(String.init) ?? ""
        let rows = lines.filter { $0.first?.isNumber == true && $0.contains("\t") }.map {
            String($0.drop(while: { $0 != "\t" }))
        }
        var text = String(lines.prefix(62).joined(separator: "\n")) + "\n" + header + "\n"
        for n in 1...count {
            if n % 40 == 0 { text += "\n\(header)\n" }
            text += "\(n)." + rows[(n - 1) % rows.count] + "\n"
        }
        return text
    }

    static func run() {
        let repetitions = ProcessInfo.processInfo.environment["ROADMAP_BENCH_REPEAT"].flatMap(Int.init) ?? 50
        let texts = seeds.map { ($0, seed($0)) }
        var activities = 0
        var start = DispatchTime.now()
        for _ in 0..<repetitions {
            for (name, text) in texts {
                let imported = try? RoadmapImporter.importDocument(
                    text: text, fileName: name, owner: .region, period: .calendarYear(2023))
                activities += imported?.roadmap.activities.count ?? 0
            }
        }
        var seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print(
            "seeds: \(texts.count) documents × \(repetitions): \(String(format: "%.1f", seconds * 1000 / Double(texts.count * repetitions))) ms per document, \(activities) activities"
        )
        for count in [3_000, 12_000] {
            let text = longPlan(count)
            start = DispatchTime.now()
            let imported = try? RoadmapImporter.importDocument(
                text: text, fileName: "long.txt", owner: .region, period: .calendarYear(2023))
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            print(
                "long plan: \(imported?.roadmap.activities.count ?? 0) activities, \(text.utf8.count / 1024) KiB in \(String(format: "%.2f", seconds)) s"
            )
        }
    }
}
