import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The advisory lock a command that writes holds on a workspace while it reads, merges and writes
/// (`flock(2)` on `.roadmap.lock` in the workspace directory), so two runs at once take turns and
/// both results stay: the second reads what the first wrote.
///
/// The kernel drops the lock when its holder exits, however it exits, so a lock file left by a
/// killed run is not held and the next writer takes it (the file itself stays; its content is the
/// pid of the last holder, shown to a writer that has to wait).
package final class WorkspaceLock: @unchecked Sendable {
    /// The lock file's name in the workspace directory (hidden; never read as workspace data).
    package static let fileName = ".roadmap.lock"

    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { release() }

    /// Takes the workspace's lock, waiting up to `timeout` seconds while another process holds it;
    /// `onWait` is told once, with the holder's pid when the lock file names one, before waiting.
    package static func acquire(
        in directory: URL, timeout: Double, onWait: (Int32?) -> Void = { _ in }
    ) throws(WorkspaceRefusal) -> WorkspaceLock {
        let path = directory.appendingPathComponent(fileName).path
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o666)
        // Another user's lock file in a shared workspace locks as well read-only (without the pid).
        if fd < 0, errno == EACCES { fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) }
        guard fd >= 0 else { throw refusal(path, FileProblem(errno: errno).reason) }
        var info = stat()
        guard fstat(fd, &info) == 0, SafeFile.irregularKind(info.st_mode) == nil else {
            close(fd)
            throw refusal(path, "not a regular file")
        }
        var waited = false
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw refusal(path, FileProblem(errno: code).reason)
            }
            if !waited {
                waited = true
                onWait(holder(fd))
            }
            guard Date() < deadline else {
                let pid = holder(fd)
                close(fd)
                throw WorkspaceRefusal(
                    problems: [
                        LocalizedText(
                            ru:
                                "\(directory.path): рабочую область изменяет другой процесс roadmap\(pid.map { " (pid \($0))" } ?? ""); ждали \(Int(timeout)) с",
                            en:
                                "\(directory.path): another roadmap process\(pid.map { " (pid \($0))" } ?? "") is changing the workspace; waited \(Int(timeout)) s"
                        )
                    ])
            }
            usleep(20_000)
        }
        // Who holds it now, for a writer that has to wait.
        let text = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 { _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } }
        return WorkspaceLock(fd: fd)
    }

    /// Gives the lock up (also done when the value is freed, and by the kernel at exit).
    package func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    /// The pid the lock file names, if any.
    static func holder(_ fd: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: bytes[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func refusal(_ path: String, _ reason: String) -> WorkspaceRefusal {
        WorkspaceRefusal(problems: [
            LocalizedText(
                ru: "\(path): блокировка рабочей области не получена: \(reason)",
                en: "\(path): cannot lock the workspace: \(reason)")
        ])
    }
}
