import Foundation

/// Whether bytes about to be written differ from the file already there: writers stage only the
/// files whose bytes change, so a run that changes nothing writes nothing.
package enum FileComparison {
    /// The size of the regular file at `path`, or `nil` when there is none.
    package static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Whether `data` differs from the file of `size` bytes at `path` (`nil`: no file). The file is
    /// read only when the sizes agree.
    package static func differs(_ data: Data, fromFileAt path: String, size: Int?) -> Bool {
        data.withUnsafeBytes { differs($0, fromFileAt: path, size: size) }
    }

    /// `differs(_:fromFileAt:size:)` of bytes in memory (a reused buffer).
    package static func differs(_ bytes: UnsafeRawBufferPointer, fromFileAt path: String, size: Int?) -> Bool {
        guard let size, size == bytes.count else { return true }
        guard let data = FileManager.default.contents(atPath: path) else { return true }
        return !equal(data, bytes)
    }

    /// Whether `data` holds exactly `bytes`.
    package static func equal(_ data: Data, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard data.count == bytes.count else { return false }
        if bytes.isEmpty { return true }
        return data.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}
