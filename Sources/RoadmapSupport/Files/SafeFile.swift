import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reading an input file without the traps of `Data(contentsOf:)`: a FIFO or a device given in
/// place of a file is refused at once instead of blocking for ever, and every failure names the
/// file and the reason in both languages.
package enum SafeFile {
    /// The whole content of the regular file at `path`; errors name `displayPath`.
    ///
    /// The file is opened without blocking (`O_NONBLOCK`: opening a FIFO with no writer would
    /// otherwise wait for one) and its type checked on the open descriptor before any read.
    package static func read(_ path: String, displayPath: String? = nil) throws(WorkspaceError) -> Data {
        let shown = displayPath ?? path
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: shown, reason: FileProblem(errno: errno).reason) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: shown, reason: FileProblem(errno: errno).reason) }
        if let kind = irregularKind(info.st_mode) { throw .unreadable(path: shown, reason: "not a regular file (\(kind))") }
        var data = Data(count: max(0, Int(info.st_size)))
        var total = 0
        var probe = [UInt8](repeating: 0, count: 65536)
        while true {
            if total == data.count {
                // The size `fstat` gave is read: whether more follows is asked with a small buffer,
                // so a file read whole does not hold a buffer twice its size (issue 20, memory).
                let count = Foundation.read(fd, &probe, probe.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw .unreadable(path: shown, reason: FileProblem(errno: errno).reason)
                }
                if count == 0 { break }
                data.append(contentsOf: probe[..<count])
                total += count
                continue
            }
            let count = data.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + total, $0.count - total) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: shown, reason: FileProblem(errno: errno).reason)
            }
            if count == 0 { break }
            total += count
        }
        data.count = total
        return data
    }

    /// Refuses a target that exists and is not a regular file (a FIFO, a device, a directory, a
    /// socket): an atomic rewrite would replace it with a regular file, and a plain write would
    /// block or write into a device. A missing target is fine. Symbolic links are followed.
    package static func checkReplaceable(_ path: String, displayPath: String? = nil) throws(WorkspaceError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if let kind = irregularKind(info.st_mode) {
            throw .writeFailed(path: displayPath ?? path, reason: "not a regular file (\(kind)); refusing to replace it")
        }
    }

    /// What a file of this mode is when it is not a regular file («a FIFO»), or `nil`.
    package static func irregularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a plain file"
        }
    }
}
