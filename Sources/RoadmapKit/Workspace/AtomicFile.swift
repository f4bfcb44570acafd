import Foundation

/// Writes files so that a reader sees either the old content or the new, never half of either:
/// the data goes to a temporary file in the same directory, which is then renamed over the target.
public enum AtomicFile {
    /// Writes `data` to `url`, creating parent directories as needed.
    public static func write(_ data: Data, to url: URL) throws(WorkspaceError) {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        ).path
        // Plain system calls: a bulk run writes thousands of files, and Foundation's write and
        // directory check per file cost more than the bytes. The directory is made only when missing.
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0, errno == ENOENT {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(path: directory.path, reason: error.localizedDescription)
            }
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else { throw .writeFailed(path: url.path, reason: String(cString: strerror(errno))) }
        func fail() -> WorkspaceError {
            let reason = String(cString: strerror(errno))
            close(fd)
            unlink(temporary)
            return .writeFailed(path: url.path, reason: reason)
        }
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        // On disk before the rename: a crash then leaves the old file or the new one, never an empty one.
        guard written, fsync(fd) == 0 else { throw fail() }
        close(fd)
        if rename(temporary, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(path: url.path, reason: reason)
        }
    }

    public static func write(_ text: String, to url: URL) throws(WorkspaceError) {
        try write(Data(text.utf8), to: url)
    }
}
