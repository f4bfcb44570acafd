import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The Linux calls a group commit needs that Swift's Glibc module does not show (`syncfs(2)` and
/// `sync_file_range(2)` are declared only under `_GNU_SOURCE`), looked up once in the C library.
/// Where they are missing each file is `fsync`ed instead, which is slower but as durable.
enum FileSystemSync {
    private typealias SyncFS = @convention(c) (Int32) -> Int32
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32

    private static let syncfs: SyncFS? = symbol("syncfs", as: SyncFS.self)
    private static let syncFileRange: SyncFileRange? = symbol("sync_file_range", as: SyncFileRange.self)

    private static func symbol<F>(_ name: String, as type: F.Type) -> F? {
        #if os(Linux)
            guard let handle = dlopen(nil, RTLD_NOW), let pointer = dlsym(handle, name) else { return nil }
            return unsafeBitCast(pointer, to: type)
        #else
            return nil
        #endif
    }

    /// Asks the kernel to start writing a file's dirty pages to disk without waiting
    /// (`SYNC_FILE_RANGE_WRITE`). Only a hint: durability comes from `flush`.
    static func startWriteback(_ fd: Int32) {
        _ = syncFileRange?(fd, 0, 0, 2)
    }

    /// Makes the files durable: one `syncfs` per file system holding one of `directories`, or an
    /// `fsync` of each file where `syncfs` is missing. Returns the path and reason of a failure.
    static func flush(directories: [String], files: [String]) -> (path: String, reason: String)? {
        guard let syncfs else {
            for file in files {
                let fd = open(file, O_RDONLY | O_CLOEXEC)
                guard fd >= 0, fsync(fd) == 0 else {
                    let reason = FileProblem(errno: errno).reason
                    if fd >= 0 { close(fd) }
                    return (file, reason)
                }
                close(fd)
            }
            return nil
        }
        var devices: Set<UInt64> = []
        for directory in directories {
            let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { return (directory, FileProblem(errno: errno).reason) }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { return (directory, FileProblem(errno: errno).reason) }
            guard devices.insert(UInt64(info.st_dev)).inserted else { continue }
            if syncfs(fd) != 0 { return (directory, FileProblem(errno: errno).reason) }
        }
        return nil
    }
}
