import Foundation

/// Scratch places under the system's temporary directory, one fresh name per call (tests run in
/// parallel). Callers remove what they made.
enum TemporaryDirectory {
    /// A fresh path that does not exist yet, e.g. the target of a copy: `…/label-UUID`.
    static func url(_ label: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
    }

    /// A fresh empty directory.
    static func make(_ label: String) throws -> URL {
        let url = url(label)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
