import Foundation

/// One worker's means to read workspace files in bulk: a buffer reused from file to file (no fresh
/// allocation, copy into `Data` and page faults per file) and the worker's string interner. Not
/// thread-safe: each worker of a parallel load has its own.
package final class FileLoader {
    let interner = StringInterner()
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int

    package init() {
        capacity = 1 << 16
        buffer = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// The whole content of the file at `path`, valid until the next call; errors name `displayPath`.
    func read(_ path: String, displayPath: String) throws(WorkspaceError) -> UnsafeBufferPointer<UInt8> {
        func failure(_ reason: String? = nil) -> WorkspaceError {
            .unreadable(path: displayPath, reason: reason ?? FileProblem(errno: errno).reason)
        }
        // Without blocking: a FIFO in place of a file is refused below instead of waiting for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw failure() }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure() }
        if let kind = SafeFile.irregularKind(info.st_mode) { throw failure("not a regular file (\(kind))") }
        reserve(Int(info.st_size) + 1)
        var total = 0
        while true {
            if total == capacity { reserve(capacity * 2) }
            let count = Foundation.read(fd, buffer + total, capacity - total)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            if count == 0 { break }
            total += count
        }
        return UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: total)
    }

    private func reserve(_ size: Int) {
        guard size > capacity else { return }
        var grown = capacity
        while grown < size { grown *= 2 }
        let larger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
        larger.copyMemory(from: buffer, byteCount: capacity)
        buffer.deallocate()
        buffer = larger
        capacity = grown
    }
}

/// File loaders kept from one slice of a parallel load to the next, and from the roadmaps to the
/// progress files: a slice takes an idle loader (or makes one) and gives it back when it ends, so
/// each core's interner stays warm — a loader per slice started empty eight times per decode, and
/// made and checked every shared text again each time.
final class FileLoaderPool: @unchecked Sendable {
    private var idle: [FileLoader] = []
    private let lock = NSLock()

    /// A loader for one slice, given back to the pool when the lease is released.
    final class Lease {
        let loader: FileLoader
        private let pool: FileLoaderPool

        fileprivate init(_ loader: FileLoader, _ pool: FileLoaderPool) {
            self.loader = loader
            self.pool = pool
        }

        deinit { pool.giveBack(loader) }
    }

    /// An idle loader, or a new one.
    func take() -> Lease {
        lock.lock()
        let loader = idle.popLast()
        lock.unlock()
        return Lease(loader ?? FileLoader(), self)
    }

    private func giveBack(_ loader: FileLoader) {
        lock.lock()
        idle.append(loader)
        lock.unlock()
    }
}
