import Foundation

/// Writes files so that a reader sees either the old content or the new, never half of either:
/// the data goes to a temporary file in the same directory, which is then renamed over the target.
///
/// `write` commits one file (`fsync`, `rename`); `writeAll` and `AtomicBatch` commit many together
/// with one flush of the file system instead of one per file.
package enum AtomicFile {
    /// Writes `data` to `url`, creating parent directories as needed.
    package static func write(_ data: Data, to url: URL) throws(WorkspaceError) {
        let temporary = temporaryPath(for: url.path, tag: "\(UInt32.random(in: 0...UInt32.max))")
        let fd = try createTemporary(temporary, for: url)
        // On disk before the rename: a crash then leaves the old file or the new one, never an empty one.
        guard writeFully(fd, data), fsync(fd) == 0 else { throw failure(closing: fd, removing: temporary, target: url) }
        close(fd)
        try rename(temporary, over: url)
    }

    package static func write(_ text: String, to url: URL) throws(WorkspaceError) {
        try write(Data(text.utf8), to: url)
    }

    /// Writes every file atomically and makes them durable together: all temporaries are written,
    /// flushed to disk at once, then renamed into place (see `AtomicBatch`). When anything fails no
    /// temporary file is left; files already renamed are complete.
    package static func writeAll(_ files: [(url: URL, data: Data)]) throws(WorkspaceError) {
        let batch = AtomicBatch()
        defer { batch.discard() }
        for file in files { try batch.stage(file.data, to: file.url) }
        try batch.commit()
    }

    // MARK: Shared steps

    /// `.<name>.tmp-<pid>-<tag>` beside the target (a file path): hidden, and never a name the
    /// workspace reads. Made from the path's text: `URL` surgery costs more than the write.
    static func temporaryPath(for path: String, tag: String) -> String {
        let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return "\(path[..<name]).\(path[name...]).tmp-\(processID)-\(tag)"
    }

    static let processID = ProcessInfo.processInfo.processIdentifier

    /// Creates the temporary file (and the target's directory when it is missing) and returns its
    /// descriptor. Plain system calls: a bulk run writes thousands of files, and Foundation's write
    /// and directory check per file cost more than the bytes.
    static func createTemporary(_ temporary: String, for url: URL) throws(WorkspaceError) -> Int32 {
        try createTemporary(temporary, forPath: url.path)
    }

    /// `createTemporary(_:for:)` of a target path.
    static func createTemporary(_ temporary: String, forPath path: String) throws(WorkspaceError) -> Int32 {
        // The file being replaced: a FIFO, device or directory is refused (a rename would put a
        // regular file in its place); a regular file passes its mode, owner and group on.
        var target = stat()
        let replacing = stat(path, &target) == 0
        if replacing, let kind = SafeFile.irregularKind(target.st_mode) {
            throw .writeFailed(path: path, reason: "not a regular file (\(kind)); refusing to replace it")
        }
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0, errno == ENOENT {
            let directory = directoryPath(of: path)
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(path: directory, reason: FileProblem(error).reason)
            }
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else { throw .writeFailed(path: path, reason: FileProblem(errno: errno).reason) }
        if replacing { keepAttributes(of: target, on: fd) }
        return fd
    }

    /// Gives the new file the permissions, owner and group of the file it replaces, so a rewrite
    /// does not widen a 600 file to 644 or lose its group. Owner and group are set as far as the
    /// process may (root: both; others: a group they belong to); a refusal leaves the defaults.
    static func keepAttributes(of target: stat, on fd: Int32) {
        if fchown(fd, target.st_uid, target.st_gid) != 0 { _ = fchown(fd, uid_t.max, target.st_gid) }
        // After chown, which may clear set-id bits.
        _ = fchmod(fd, target.st_mode & 0o7777)
    }

    /// The directory holding the file at `path` (its text up to the last «/»; «.» when there is
    /// none, «/» for a file at the root).
    static func directoryPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes all of `data` to `fd`; `false` (with `errno` set) when a write fails.
    static func writeFully(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { writeFully(fd, $0) }
    }

    /// Writes all of `bytes` to `fd`; `false` (with `errno` set) when a write fails.
    static func writeFully(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    /// The error for the current `errno`, after closing and removing the temporary file.
    static func failure(closing fd: Int32, removing temporary: String, target: URL) -> WorkspaceError {
        failure(closing: fd, removing: temporary, targetPath: target.path)
    }

    /// `failure(closing:removing:target:)` of a target path.
    static func failure(closing fd: Int32, removing temporary: String, targetPath: String) -> WorkspaceError {
        let reason = FileProblem(errno: errno).reason
        close(fd)
        unlink(temporary)
        return .writeFailed(path: targetPath, reason: reason)
    }

    /// Renames the temporary file over the target; removes it when that fails.
    static func rename(_ temporary: String, over url: URL) throws(WorkspaceError) {
        if Foundation.rename(temporary, url.path) != 0 {
            let reason = FileProblem(errno: errno).reason
            unlink(temporary)
            throw .writeFailed(path: url.path, reason: reason)
        }
    }
}
