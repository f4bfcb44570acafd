import Foundation

/// The programs the scale benchmark runs, found once: our release binaries, Python with the
/// analyst libraries, TaskJuggler. What is missing is reported and skipped.
struct ScaleTools {
    /// The release `roadmap` binary next to this benchmark.
    var roadmap: String
    /// This benchmark binary (runs the flat path through the library when `roadmap` lacks it).
    var bench: String
    /// Whether `roadmap compliance` exists (workspace compliance), and takes `--statuses`.
    var hasCompliance: Bool
    var hasStatuses: Bool
    /// Whether `roadmap skeleton` exists.
    var hasSkeleton: Bool
    /// The Python interpreter (resolved past pyenv shims) and which peer libraries import.
    var python: String?
    var peers: [String]
    var tj3: String?
    var peerDirectory: URL
    var scratch: URL

    static func locate(work: URL) -> ScaleTools? {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let directory = exe.deletingLastPathComponent()
        let roadmap = directory.appendingPathComponent("roadmap").path
        guard FileManager.default.isExecutableFile(atPath: roadmap) else {
            print("error: \(roadmap) not found; build it first: swift build -c release --static-swift-stdlib")
            return nil
        }
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let scratch = work.appendingPathComponent("scratch")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let help = ChildProcess.run(roadmap, ["--help"], scratch: scratch)?.stdout ?? ""
        let commands = Set(
            help.split(whereSeparator: \.isNewline).compactMap { line in
                line.hasPrefix("  ") ? line.split(separator: " ").first.map(String.init) : nil
            })
        let complianceHelp =
            commands.contains("compliance") ? ChildProcess.run(roadmap, ["compliance", "--help"], scratch: scratch)?.stdout ?? "" : ""
        // Peer scripts live in the source tree: Sources/roadmap-bench/Peers (found from the package root).
        var root = directory
        while root.path != "/", !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root = root.deletingLastPathComponent()
        }
        let peerDirectory = root.appendingPathComponent("Sources/roadmap-bench/Peers")
        var python: String?
        var peers: [String] = []
        if let shim = ChildProcess.which("python3"),
            let resolved = ChildProcess.run(shim, ["-c", "import sys; print(sys.executable)"], scratch: scratch)
        {
            python = resolved.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            for module in ["pandas", "polars", "duckdb"] {
                if ChildProcess.run(python!, ["-c", "import \(module)"], scratch: scratch)?.status == 0 {
                    peers.append(module)
                }
            }
        }
        return ScaleTools(
            roadmap: roadmap, bench: exe.path, hasCompliance: commands.contains("compliance"),
            hasStatuses: complianceHelp.contains("--statuses"), hasSkeleton: commands.contains("skeleton"),
            python: python, peers: peers, tj3: ChildProcess.which("tj3"), peerDirectory: peerDirectory,
            scratch: scratch)
    }

    var summary: String {
        """
        roadmap: \(roadmap) (compliance: \(hasCompliance ? "yes" : "no"), --statuses: \(hasStatuses ? "yes" : "no, via roadmap-bench flat-file"), skeleton: \(hasSkeleton ? "yes" : "no"))
        peers: \(peers.isEmpty ? "none (pip install pandas polars duckdb)" : peers.joined(separator: ", ")); TaskJuggler: \(tj3 ?? "not installed (apt-get install tj3)")
        """
    }
}
