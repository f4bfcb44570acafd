import Foundation

/// Runs the scale benchmark's tasks for one size and adds their rows to the table.
struct ScaleRunner {
    let tools: ScaleTools
    let directory: URL
    let repeats: Int

    var asOf: String { ScaleBenchmark.asOf }
    var checkpoints: [String] { ScaleBenchmark.checkpoints }

    // MARK: Data

    /// Generates (once; cached by the summary file) and returns the summary numbers.
    func generate(_ name: String, _ arguments: [String], size: String, into table: inout BenchmarkTable) -> [String: Int]? {
        let summaryFile = directory.appendingPathComponent("\(name).summary")
        if let text = try? String(contentsOf: summaryFile, encoding: .utf8) { return Self.summaryNumbers(text) }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard let m = ChildProcess.run(tools.roadmap, ["generate", "--lang", "en"] + arguments, scratch: tools.scratch),
            m.status == 0
        else {
            table.add(
                BenchmarkTable.Row(
                    size: size, task: "generate \(name)", tool: "roadmap", items: 0, wall: nil, peak: nil,
                    check: "FAILED: roadmap generate \(arguments.joined(separator: " "))"))
            return nil
        }
        let numbers = Self.summaryNumbers(m.stdout)
        table.add(
            BenchmarkTable.Row(
                size: size, task: "generate \(name)", tool: "roadmap", items: numbers["rows"] ?? numbers["activities"] ?? 0,
                wall: m.wall, cpu: m.cpu, peak: m.peak, note: "\(numbers["files"] ?? 0) files"))
        try? m.stdout.write(to: summaryFile, atomically: true, encoding: .utf8)
        return numbers
    }

    /// "generated: 1 region(s), 10 municipalities, 40 schools, 2926 school activities, …" → numbers by last word.
    static func summaryNumbers(_ text: String) -> [String: Int] {
        var numbers: [String: Int] = [:]
        let body = text.split(separator: ":", maxSplits: 1).last ?? ""
        for part in body.split(separator: ",") {
            let words = part.split(separator: " ")
            if let first = words.first, let value = Int(first), let last = words.last {
                numbers[String(last).replacingOccurrences(of: "(s)", with: "")] = value
            }
        }
        return numbers
    }

    // MARK: Workspace

    func workspaceTasks(_ size: ScaleSize, into table: inout BenchmarkTable) {
        let workspace = directory.appendingPathComponent("workspace").path
        guard
            let numbers = generate(
                "workspace",
                [
                    "--output", workspace, "--schools", "\(size.workspaceSchools)", "--municipalities",
                    "\(size.workspaceMunicipalities)",
                ], size: size.name, into: &table)
        else { return }
        let activities = numbers["activities"] ?? 0
        measureValidation(workspace, activities: activities, size: size.name, into: &table)
        measureWorkspace(workspace, activities: activities, size: size.name, into: &table)
        measureSkeletons(workspace, activities: activities, size: size.name, into: &table)
    }

    /// Skeletons for every school, written atomically (`roadmap-bench skeletons`), each repeat into a
    /// fresh directory of its own. The outputs are removed once, after the whole scale run
    /// (`removeSkeletonOutputs`): deleting 4,000 files just before the next repeat made it pay for
    /// them — ext4 without a journal skips inodes freed in the last minutes when it allocates new
    /// ones, and scanned its inode tables on every file created (most of `openat`'s time).
    func measureSkeletons(_ workspace: String, activities: Int, size: String, into table: inout BenchmarkTable) {
        var best: ChildProcess.Measurement?
        for run in 1...repeats {
            let output = directory.appendingPathComponent("\(Self.skeletonOutputPrefix)\(getpid())-\(run)")
            guard let m = ChildProcess.run(tools.bench, ["skeletons", workspace, output.path], scratch: tools.scratch)
            else { return }
            if best == nil || m.wall < best!.wall || m.status != 0 { best = m }
            if m.status != 0 { break }
        }
        guard let m = best else { return }
        let written = m.stdout.split(separator: " ").last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        table.add(
            BenchmarkTable.Row(
                size: size, task: "skeletons, all schools", tool: "roadmap", items: activities,
                wall: m.status == 0 ? m.wall : nil, cpu: m.cpu, peak: m.peak, ratio: "1.0",
                check: m.status == 0 ? "\(written ?? 0) schools" : "FAILED: \(m.stdout.prefix(200))"))
    }

    /// Names of the skeleton output directories in a size's directory.
    static let skeletonOutputPrefix = "skeletons-"

    /// Removes every skeleton output directory of this size (this run's and any a stopped run left).
    func removeSkeletonOutputs() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(Self.skeletonOutputPrefix) || name == "skeletons" {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// Load + validate of a workspace (`roadmap validate`: every check of Docs/workspace-format.md).
    func measureValidation(_ workspace: String, activities: Int, size: String, into table: inout BenchmarkTable) {
        guard tools.hasCompliance,
            let m = ChildProcess.best(tools.roadmap, ["validate", workspace], scratch: tools.scratch, repeats: repeats)
        else { return }
        let errors = m.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.count
        table.add(
            BenchmarkTable.Row(
                size: size, task: "workspace validate", tool: "roadmap", items: activities, wall: m.wall, cpu: m.cpu, peak: m.peak,
                ratio: "1.0", check: m.status == 0 ? "valid" : m.status == 1 ? "\(errors) errors" : "FAILED: exit \(m.status)"))
    }

    /// Load + compliance of a workspace (load + validate where `compliance` does not exist yet).
    @discardableResult
    func measureWorkspace(_ workspace: String, activities: Int, size: String, into table: inout BenchmarkTable) -> Double? {
        let arguments =
            tools.hasCompliance
            ? ["compliance", workspace, "--as-of", asOf, "--level", "region", "--format", "csv", "--separator", ","]
            : ["validate", workspace]
        let task = tools.hasCompliance ? "load+validate+compliance" : "workspace load+validate"
        guard let m = ChildProcess.best(tools.roadmap, arguments, scratch: tools.scratch, repeats: repeats) else { return nil }
        let ok = m.status == 0 || m.status == 1
        table.add(
            BenchmarkTable.Row(
                size: size, task: task, tool: "roadmap", items: activities, wall: m.wall, cpu: m.cpu, peak: m.peak, ratio: "1.0",
                check: ok ? "" : "FAILED: exit \(m.status)"))
        return ok ? m.wall : nil
    }

    // MARK: Flat CSV

    func flatTasks(_ size: ScaleSize, into table: inout BenchmarkTable) {
        let csv = directory.appendingPathComponent("statuses.csv").path
        guard
            let numbers = generate(
                "statuses.csv",
                [
                    "--statuses", csv, "--regions", "85", "--municipalities", "2300", "--schools", "\(size.flatSchools)",
                    "--activities", "100",
                ], size: size.name, into: &table)
        else { return }
        measureFlat(csv, rows: numbers["rows"] ?? size.flatRows, size: size.name, into: &table)
    }

    /// Our flat path, then each peer on the same file; returns our region figures.
    @discardableResult
    func measureFlat(_ csv: String, rows: Int, size: String, peers: Bool = true, into table: inout BenchmarkTable)
        -> [String: [Int]]?
    {
        let (program, arguments) =
            tools.hasStatuses
            ? (
                tools.roadmap,
                ["compliance", "--statuses", csv, "--as-of", asOf, "--level", "region", "--format", "csv", "--separator", ","]
                    + checkpoints.flatMap { ["--checkpoint", $0] }
            )
            : (tools.bench, ["flat-file", csv, asOf] + checkpoints)
        // Exit 1 means "some unit is below the minimum": the figures are there all the same.
        guard let ours = ChildProcess.best(program, arguments, scratch: tools.scratch, repeats: repeats),
            ours.status == 0 || ours.status == 1, !ours.stdout.isEmpty
        else {
            table.add(BenchmarkTable.Row(size: size, task: "flat CSV", tool: "roadmap", items: rows, wall: nil, peak: nil, check: "FAILED"))
            return nil
        }
        let reference = Self.regionFigures(ours.stdout)
        table.add(
            BenchmarkTable.Row(
                size: size, task: "flat CSV", tool: "roadmap", items: rows, wall: ours.wall, cpu: ours.cpu, peak: ours.peak, ratio: "1.0",
                check: "\(reference.count) regions"))
        guard peers, let python = tools.python else { return reference }
        for peer in tools.peers {
            let script = tools.peerDirectory.appendingPathComponent("flat_\(peer).py").path
            guard let m = ChildProcess.best(python, [script, csv, asOf] + checkpoints, scratch: tools.scratch, repeats: repeats)
            else { continue }
            let figures = Self.regionFigures(m.stdout)
            table.add(
                BenchmarkTable.Row(
                    size: size, task: "flat CSV", tool: peer, items: rows, wall: m.status == 0 ? m.wall : nil,
                    peak: m.peak, ratio: m.status == 0 ? String(format: "%.1f×", m.wall / ours.wall) : "",
                    check: m.status != 0 ? "FAILED: \(m.stderr.suffix(200))" : Self.compare(figures, reference)))
        }
        return reference
    }

    /// `region,total,due,done,overdue,on_time[,…]` lines → figures by region (first five numbers).
    static func regionFigures(_ csv: String) -> [String: [Int]] {
        var figures: [String: [Int]] = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count >= 6 else { continue }
            let numbers = cells[1..<6].compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if numbers.count == 5 { figures[String(cells[0])] = numbers }
        }
        return figures
    }

    static func compare(_ figures: [String: [Int]], _ reference: [String: [Int]]) -> String {
        if figures.isEmpty { return "MISMATCH: no figures" }
        let differing = reference.keys.filter { figures[$0] != reference[$0] }.sorted()
        if differing.isEmpty, figures.count == reference.count { return "agrees (\(reference.count) regions)" }
        return "MISMATCH: \(differing.prefix(3).joined(separator: ", ")) (\(differing.count) regions differ)"
    }
}
