import Foundation

/// Every entry under a directory with its kind, bytes and permission bits, to compare a workspace
/// before and after a command that must not have written anything. The writers' lock file
/// (`.roadmap.lock`) is left out: taking the lock is not a change of data.
struct WorkspaceSnapshot: Equatable {
    struct Entry: Equatable {
        var kind: String
        var bytes: Data?
        var mode: UInt16
        var group: UInt32
    }

    var entries: [String: Entry]

    init(_ root: URL) {
        var entries: [String: Entry] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where name != ".roadmap.lock" {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(root.path + "/" + child, &info) == 0 else { continue }
                let type = info.st_mode & S_IFMT
                let kind =
                    type == S_IFREG ? "file" : type == S_IFDIR ? "directory" : type == S_IFIFO ? "fifo" : "other"
                let bytes = type == S_IFREG ? FileManager.default.contents(atPath: root.path + "/" + child) : nil
                entries[child] = Entry(
                    kind: kind, bytes: bytes, mode: UInt16(info.st_mode & 0o7777), group: UInt32(info.st_gid))
                if type == S_IFDIR { walk(child) }
            }
        }
        walk("")
        self.entries = entries
    }

    /// The paths whose entry differs between two snapshots (added, removed or changed).
    func changes(since before: WorkspaceSnapshot) -> [String] {
        Set(entries.keys).union(before.entries.keys).filter { entries[$0] != before.entries[$0] }.sorted()
    }
}
