import Foundation

extension ScaleRunner {
    /// TaskJuggler on 800 schools × 50 activities (40,000 tasks with `complete` values), against our
    /// workspace path and flat path on the same hierarchy. Checks the number of tasks and of done
    /// tasks per region against our flat figures. Without `runningTaskJuggler` (or without tj3), only
    /// our two paths run.
    func taskJugglerTasks(into table: inout BenchmarkTable, runningTaskJuggler: Bool = true) {
        let size = "800×50"
        let workspace = directory.appendingPathComponent("workspace").path
        let csv = directory.appendingPathComponent("statuses.csv").path
        guard
            let numbers = generate(
                "workspace",
                [
                    "--output", workspace, "--statuses", csv, "--schools", "800", "--municipalities", "40", "--activities",
                    "50",
                ], size: size, into: &table)
        else { return }
        let activities = numbers["activities"] ?? 40_000
        let ours = measureWorkspace(workspace, activities: activities, size: size, into: &table)
        let reference = measureFlat(csv, rows: activities, size: size, peers: false, into: &table)
        guard runningTaskJuggler, let tj3 = tools.tj3, let python = tools.python, let ours else { return }
        let project = directory.appendingPathComponent("project.tjp").path
        let script = tools.peerDirectory.appendingPathComponent("taskjuggler_project.py").path
        guard ChildProcess.run(python, [script, csv, asOf, project], scratch: tools.scratch)?.status == 0 else {
            table.add(
                BenchmarkTable.Row(
                    size: size, task: "load+validate+compliance", tool: "taskjuggler", items: activities, wall: nil, peak: nil,
                    check: "FAILED: project not written"))
            return
        }
        let output = directory.appendingPathComponent("tj-output")
        try? FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // TaskJuggler is slow; one run is enough to compare, and it is stopped after the time limit.
        let limit = ScaleBenchmark.taskJugglerTimeout
        guard
            let m = ChildProcess.run(
                tj3, ["--no-color", "--silent", "-o", output.path, project], scratch: tools.scratch, timeout: limit)
        else { return }
        if m.timedOut {
            table.add(
                BenchmarkTable.Row(
                    size: size, task: "load+validate+compliance", tool: "taskjuggler", items: activities, wall: nil,
                    cpu: m.cpu, peak: m.peak, ratio: String(format: "> %.0f×", limit / ours),
                    check: String(format: "stopped after %.0f s", limit)))
            return
        }
        let report = (try? String(contentsOf: output.appendingPathComponent("tasks.csv"), encoding: .utf8)) ?? ""
        table.add(
            BenchmarkTable.Row(
                size: size, task: "load+validate+compliance", tool: "taskjuggler", items: activities,
                wall: m.status == 0 ? m.wall : nil, cpu: m.cpu, peak: m.peak,
                ratio: m.status == 0 ? String(format: "%.0f×", m.wall / ours) : "",
                check: m.status != 0 ? "FAILED: exit \(m.status)" : Self.compareTaskJuggler(report, reference ?? [:])))
    }

    /// Counts leaf tasks (`<region>|<activity>`) and those 100 % complete per region in tj3's CSV report.
    static func compareTaskJuggler(_ report: String, _ reference: [String: [Int]]) -> String {
        var counts: [String: (total: Int, done: Int)] = [:]
        for line in report.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ";").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            guard cells.count >= 2, let bar = cells[0].firstIndex(of: "|") else { continue }
            let region = String(cells[0][..<bar])
            counts[region, default: (0, 0)].total += 1
            if cells[1] == "100%" { counts[region, default: (0, 0)].done += 1 }
        }
        if counts.isEmpty { return "MISMATCH: no tasks in report" }
        // Our figures: [total, due, done, overdue, on_time].
        let differing = reference.filter { region, figures in
            counts[region].map { $0.total != figures[0] || $0.done != figures[2] } ?? true
        }
        return differing.isEmpty && counts.count == reference.count
            ? "agrees (tasks, done per region)" : "MISMATCH: \(differing.keys.sorted().prefix(3).joined(separator: ", "))"
    }
}
