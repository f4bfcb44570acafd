import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built `roadmap` run as a child process started with `posix_spawn` and reaped with `wait4`:
/// its own peak resident memory (`ru_maxrss` of that child alone, not of every child the test
/// process ever had) and, when asked, its standard output on a pseudo-terminal.
struct ChildRun {
    var status: Int32
    /// Peak resident set size of the child, bytes.
    var peakMemory: Int
    var out: Data
    var err: String

    /// Where the child's standard output goes.
    enum Output {
        /// Discarded (`/dev/null`).
        case discarded
        /// A pipe, read to the end.
        case pipe
        /// The slave side of a new pseudo-terminal, read from its master: `isatty(1)` holds in the child.
        case terminal
    }

    /// Runs `roadmap arguments` (paths in them absolute); standard error goes through a file in `directory`.
    static func run(_ arguments: [String], in directory: URL, output: Output) throws -> ChildRun {
        let executable = try ConcurrentWriterTests.executable.path
        let errURL = directory.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var reader: Int32 = -1
        var writer: Int32 = -1
        switch output {
        case .discarded:
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        case .pipe:
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw POSIXError(.EIO) }
            (reader, writer) = (fds[0], fds[1])
        case .terminal:
            (reader, writer) = try openTerminal()
        }
        if writer >= 0 {
            posix_spawn_file_actions_adddup2(&actions, writer, 1)
            posix_spawn_file_actions_addclose(&actions, reader)
        }
        posix_spawn_file_actions_addopen(&actions, 2, errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        if writer >= 0 { close(writer) }
        guard spawned == 0 else {
            if reader >= 0 { close(reader) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO)
        }
        var out = Data()
        if reader >= 0 {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(reader, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                // A terminal's master reads EIO once the child has closed the slave side.
                guard count > 0 else { break }
                out.append(contentsOf: buffer[..<count])
            }
            close(reader)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: errURL)
        // ru_maxrss is in kilobytes on Linux.
        return ChildRun(status: status, peakMemory: Int(usage.ru_maxrss) * 1024, out: out, err: err)
    }

    /// A new pseudo-terminal: its master and slave descriptors. The master is opened from
    /// `/dev/ptmx`, unlocked and its number asked with `ioctl` (`posix_openpt`, `unlockpt` and
    /// `ptsname` are not visible through the Glibc module); the slave prints line ends as written.
    static func openTerminal() throws -> (master: Int32, slave: Int32) {
        // <asm-generic/ioctls.h>: TIOCSPTLCK = _IOW('T', 0x31, int), TIOCGPTN = _IOR('T', 0x30, unsigned int).
        let setLock: UInt = 0x4004_5431
        let getNumber: UInt = 0x8004_5430
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw POSIXError(.ENOTTY) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            close(master)
            throw POSIXError(.ENOTTY)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            close(master)
            throw POSIXError(.ENOTTY)
        }
        var settings = termios()
        tcgetattr(slave, &settings)
        settings.c_oflag &= ~tcflag_t(OPOST)
        tcsetattr(slave, TCSANOW, &settings)
        return (master, slave)
    }

    /// The exit code, or 128 + the signal that ended the child.
    var code: Int32 { (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F) }
}
