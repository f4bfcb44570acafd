import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program as a child process and measures it from outside: wall time and peak resident
/// memory (`ru_maxrss` from `wait4`), with stdout and stderr captured to files.
struct ChildProcess {
    struct Measurement {
        var wall: Double
        /// User + system CPU time in seconds (robust when other processes compete for the cores).
        var cpu: Double
        /// Peak resident set size in bytes.
        var peak: Int
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut = false
    }

    /// Runs `program` with `arguments`; `nil` when it cannot be started. With a `timeout` (seconds)
    /// the child is killed when it runs longer, and the measurement says so (`timedOut`).
    static func run(_ program: String, _ arguments: [String], scratch: URL, timeout: Double? = nil) -> Measurement? {
        let out = scratch.appendingPathComponent("child.out").path
        let err = scratch.appendingPathComponent("child.err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        guard posix_spawnp(&pid, program, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        if let timeout {
            while true {
                let done = wait4(pid, &status, WNOHANG, &usage)
                if done == pid || (done < 0 && errno != EINTR) { break }
                if Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 > timeout, !timedOut {
                    kill(pid, SIGKILL)
                    timedOut = true
                }
                usleep(20_000)
            }
        } else {
            while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(
            wall: wall,
            cpu: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
            peak: Int(usage.ru_maxrss) * 1024, status: exitCode,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "", timedOut: timedOut)
    }

    /// The best (least wall time) of `repeats` runs; peak memory is the largest seen.
    static func best(_ program: String, _ arguments: [String], scratch: URL, repeats: Int) -> Measurement? {
        var best: Measurement?
        for _ in 0..<max(1, repeats) {
            guard let m = run(program, arguments, scratch: scratch) else { return nil }
            if m.status != 0 && m.status != 1 { return m }
            if best == nil || m.wall < best!.wall {
                let peak = max(best?.peak ?? 0, m.peak)
                best = m
                best!.peak = peak
            } else {
                best!.peak = max(best!.peak, m.peak)
            }
        }
        return best
    }

    /// The full path of a program found on PATH, if any.
    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
