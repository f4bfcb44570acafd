import Foundation
import RoadmapKit

/// `roadmap-bench schedules`: every deadline phrasing of the seed documents (the fixture
/// Tests/RoadmapKitTests/Fixtures/schedules/seed-deadlines.tsv), parsed `repetitions` times
/// (default 100 000; `ROADMAP_BENCH_REPEAT` overrides), uncached and through a `ScheduleIndex` of no workspace (every text asked by text).
enum ScheduleBenchmark {
    static let suite = BenchmarkSuite(name: "schedules") { run() }

    static func phrasings() -> [(String, Period)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.appendingPathComponent("Tests/RoadmapKitTests/Fixtures/schedules/seed-deadlines.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            print("cannot read \(url.path)")
            return []
        }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.hasPrefix("seed\t") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3, let period = Period(parsing: String(f[1])) else { return nil }
            return (f[2].replacingOccurrences(of: "\\n", with: "\n"), period)
        }
    }

    static func run() {
        let all = phrasings()
        guard !all.isEmpty else { return }
        let repetitions = ProcessInfo.processInfo.environment["ROADMAP_BENCH_REPEAT"].flatMap(Int.init) ?? 100_000
        let parsers = all.map { ScheduleParser(period: $0.1) }
        let total = all.count * repetitions
        print("phrasings: \(all.count) seed deadline cells × \(repetitions) = \(total) parses")

        var checksum = 0
        var start = Stopwatch.now()
        for _ in 0..<repetitions {
            for (index, phrasing) in all.enumerated() {
                checksum &+= parsers[index].parse(phrasing.0).occurrences.count
            }
        }
        report("uncached", total, since: start)

        let cache = ScheduleIndex()
        start = Stopwatch.now()
        for _ in 0..<repetitions {
            for phrasing in all { checksum &+= cache.schedule(phrasing.0, period: phrasing.1).occurrences.count }
        }
        report("ScheduleIndex by text, 1 thread", total, since: start)

        let threads = max(2, ProcessInfo.processInfo.activeProcessorCount)
        start = Stopwatch.now()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var local = 0
            for _ in 0..<(repetitions / threads) {
                for phrasing in all { local &+= cache.schedule(phrasing.0, period: phrasing.1).occurrences.count }
            }
            _ = local + worker
        }
        report("ScheduleIndex by text, \(threads) threads", all.count * (repetitions / threads) * threads, since: start)
        print("checksum \(checksum)")
    }

    static func report(_ label: String, _ count: Int, since start: Stopwatch) {
        let end = Stopwatch.now()
        let wall = end.wall - start.wall
        let cpu = end.cpu - start.cpu
        func rate(_ seconds: Double) -> String {
            let perSecond = Double(count) / max(seconds, 1e-9)
            return "\(Int(perSecond)) phrasings/s (\(String(format: "%.2f", 1e6 / perSecond)) µs each)"
        }
        print(
            "\(label): \(count) parses; wall \(String(format: "%.2f", wall)) s = \(rate(wall)); CPU \(String(format: "%.2f", cpu)) s = \(rate(cpu))"
        )
    }

    /// Wall-clock and process CPU time: on a shared machine the CPU figure is the one to compare.
    struct Stopwatch {
        var wall: Double
        var cpu: Double

        static func now() -> Stopwatch {
            var spec = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
            let cpu = Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
            return Stopwatch(wall: Double(DispatchTime.now().uptimeNanoseconds) / 1e9, cpu: cpu)
        }
    }
}
