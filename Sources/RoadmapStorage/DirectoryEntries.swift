#if canImport(Glibc)
    import Glibc
#else
    import Foundation
#endif

/// The names in a directory, read with `readdir` (no `FileManager` URLs per entry).
package enum DirectoryEntries {
    /// The names of a directory's entries other than `.` and `..`; none when it is missing or
    /// unreadable.
    package static func names(in path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
                String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
