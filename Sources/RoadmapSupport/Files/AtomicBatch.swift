import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Many files written atomically and made durable together (a group commit): `stage` writes each
/// file's temporary copy beside its target (from any thread), `commit` flushes them all to disk
/// with one `syncfs(2)` per file system, renames each over its target, then `fsync`s each
/// directory once. Each file still appears atomically — a reader sees the old file or the complete
/// new one — and its content is on disk before its new name is, as with `AtomicFile.write`; what
/// the batch saves is an `fsync` (a synchronous disk write of the file's inode) per file.
///
/// A batch that is discarded, fails, or is freed before `commit` removes its temporaries.
package final class AtomicBatch: @unchecked Sendable {
    /// Paths as plain text: a bulk run stages thousands of files, and `URL` surgery per file costs
    /// more than the bookkeeping.
    private struct Staged {
        var temporary: String
        var target: String
    }

    private let lock = NSLock()
    private var staged: [Staged] = []
    private var counter = 0
    /// Told apart from other batches of the process (and other processes: the name holds the pid).
    private let token = UInt32.random(in: 0...UInt32.max)

    package init() {}

    deinit { discard() }

    /// How many files wait for `commit`.
    package var count: Int { lock.withLock { staged.count } }

    /// Writes `data` to a temporary file beside `url` (creating the directory when missing); the
    /// target is replaced at `commit`. Safe to call from several threads at once.
    package func stage(_ data: Data, to url: URL) throws(WorkspaceError) {
        try stage(data, toPath: url.path)
    }

    /// `stage(_:to:)` of a file path (absolute, or relative to the current directory).
    package func stage(_ data: Data, toPath path: String) throws(WorkspaceError) {
        let staged = data.withUnsafeBytes { bytes in
            Result { () throws(WorkspaceError) in try stage(bytes: bytes, toPath: path) }
        }
        try staged.get()
    }

    /// `stage(_:to:)` of bytes in memory (a reused buffer).
    package func stage(bytes: UnsafeRawBufferPointer, to url: URL) throws(WorkspaceError) {
        try stage(bytes: bytes, toPath: url.path)
    }

    /// `stage(bytes:to:)` of a file path (absolute, or relative to the current directory).
    package func stage(bytes: UnsafeRawBufferPointer, toPath path: String) throws(WorkspaceError) {
        let n = lock.withLock {
            counter += 1
            return counter
        }
        let temporary = AtomicFile.temporaryPath(for: path, tag: "\(token)-\(n)")
        let fd = try AtomicFile.createTemporary(temporary, forPath: path)
        guard AtomicFile.writeFully(fd, bytes) else {
            throw AtomicFile.failure(closing: fd, removing: temporary, targetPath: path)
        }
        // Start writing the pages back now, without waiting: the disk works while the caller goes
        // on, and the flush at `commit` finds little left to do.
        FileSystemSync.startWriteback(fd)
        close(fd)
        lock.withLock { staged.append(Staged(temporary: temporary, target: path)) }
    }

    /// Makes every staged file durable, renames each over its target and syncs the directories.
    /// When the flush fails nothing is replaced; when a rename fails the files renamed before it are
    /// in place (each complete) and the remaining temporaries are removed.
    package func commit() throws(WorkspaceError) {
        let files = lock.withLock {
            let files = staged
            staged = []
            return files
        }
        guard !files.isEmpty else { return }
        var directories: [String] = []
        var seen: Set<String> = []
        for file in files {
            let directory = AtomicFile.directoryPath(of: file.target)
            if seen.insert(directory).inserted { directories.append(directory) }
        }
        func removeTemporaries(from index: Int) {
            for file in files[index...] { unlink(file.temporary) }
        }
        // 1. Contents on disk before any new name points at them.
        if let failed = FileSystemSync.flush(directories: directories, files: files.map(\.temporary)) {
            removeTemporaries(from: 0)
            throw .writeFailed(path: failed.path, reason: failed.reason)
        }
        // 2. Each file replaced at once.
        for (i, file) in files.enumerated() where Foundation.rename(file.temporary, file.target) != 0 {
            let reason = FileProblem(errno: errno).reason
            removeTemporaries(from: i)
            throw .writeFailed(path: file.target, reason: reason)
        }
        // 3. The new names on disk.
        for directory in directories {
            let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw .writeFailed(path: directory, reason: FileProblem(errno: errno).reason) }
            let synced = fsync(fd) == 0
            let reason = FileProblem(errno: errno).reason
            close(fd)
            if !synced { throw .writeFailed(path: directory, reason: reason) }
        }
    }

    /// Removes every staged temporary file; nothing is replaced.
    package func discard() {
        let files = lock.withLock {
            let files = staged
            staged = []
            return files
        }
        for file in files { unlink(file.temporary) }
    }
}
