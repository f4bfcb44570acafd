import Foundation
import RoadmapKit

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and error written with `write(2)`, so a failed write (a full disk, `> /dev/full`,
/// a closed stream or pipe) is remembered and reported instead of trapping the process:
/// `FileHandle.write` ends the program with a fatal error when the write fails.
final class StandardStreams: @unchecked Sendable {
    private let lock = NSLock()
    private var failed: String?
    /// Whether standard output is shown on a terminal: its text then has control and bidi
    /// characters written out (`DisplayText`); redirected to a file it stays byte for byte.
    private let outputIsTerminal: Bool

    init() {
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
        // A reader that went away makes the write fail with EPIPE instead of killing the process silently.
        signal(SIGPIPE, SIG_IGN)
        // A stream the caller closed (`>&-`) is held by /dev/null opened read-only: otherwise the next
        // file the program opens would get its number and receive the output; this way a write fails
        // and is reported.
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 {
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0, placeholder != fd {
                dup2(placeholder, fd)
                close(placeholder)
            }
        }
    }

    /// Writes to standard output; after a failure, output is dropped (its reason kept).
    func out(_ text: String) {
        lock.withLock {
            guard failed == nil else { return }
            if let reason = Self.write(outputIsTerminal ? DisplayText.neutralized(text) : text, to: STDOUT_FILENO) {
                failed = reason
            }
        }
    }

    /// Writes to standard error, messages for a person: control and bidi characters from names
    /// are written out. A failure there has nowhere to be reported and is ignored.
    func err(_ text: String) {
        lock.withLock { _ = Self.write(DisplayText.neutralized(text), to: STDERR_FILENO) }
    }

    /// Why standard output could not be written, if it could not.
    var outputFailure: String? { lock.withLock { failed } }

    /// The exit code once the command returned `code`: 1 when standard output failed (the person
    /// did not get what the command printed), with the reason on standard error.
    func finish(_ code: Int32, language: Language) -> Int32 {
        guard let reason = outputFailure else { return code }
        err(
            language == .ru
                ? "ошибка: стандартный вывод не записан: \(FileProblem.russian(reason))\n"
                : "error: standard output could not be written: \(reason)\n")
        return code == ExitCode.usage ? code : ExitCode.failure
    }

    /// Writes all of `text`; the reason of a failure, or `nil`.
    static func write(_ text: String, to fd: Int32) -> String? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return FileProblem(errno: errno).reason
                }
                offset += count
            }
            return nil
        }
    }
}

extension RoadmapCLI {
    /// The whole program: runs `arguments` with the real standard streams and returns the exit
    /// code (1 when standard output could not be written). The language is `--lang`'s, else
    /// `ROADMAP_LANG`'s (`en`), else Russian.
    package static func main(arguments: [String], environment: [String: String]) -> Int32 {
        let streams = StandardStreams()
        var language: Language = environment["ROADMAP_LANG"] == "en" ? .en : .ru
        if let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count, let chosen = Language(rawValue: arguments[i + 1]) {
            language = chosen
        } else if let option = arguments.first(where: { $0.hasPrefix("--lang=") }),
            let chosen = Language(rawValue: String(option.dropFirst("--lang=".count)))
        {
            language = chosen
        }
        let context = CommandContext(out: { streams.out($0) }, err: { streams.err($0) }, language: language)
        return streams.finish(run(arguments, context: context), language: language)
    }
}
