import Foundation

/// Temporary files a killed run left behind (`.<name>.tmp-<pid>-<tag>`, see
/// `AtomicFile.temporaryPath`): the next writer, holding the workspace lock, removes those whose
/// process no longer runs. A temporary of a live process is never touched.
package enum StaleTemporaries {
    /// The workspace directories writers put files in.
    static let directories = [
        "", WorkspaceLayout.roadmapsDirectory, "\(WorkspaceLayout.roadmapsDirectory)/municipalities",
        "\(WorkspaceLayout.roadmapsDirectory)/schools", WorkspaceLayout.progressDirectory,
        "\(WorkspaceLayout.progressDirectory)/municipalities", "\(WorkspaceLayout.progressDirectory)/schools",
    ]

    /// Removes the stale temporaries of a workspace; returns their paths relative to it.
    @discardableResult
    package static func remove(in workspace: URL) -> [String] {
        var removed: [String] = []
        for relative in directories {
            let directory = relative.isEmpty ? workspace.path : workspace.appendingPathComponent(relative).path
            for name in names(in: directory) where isStale(name) {
                if unlink(directory + "/" + name) == 0 { removed.append(relative.isEmpty ? name : "\(relative)/\(name)") }
            }
        }
        return removed.sorted()
    }

    /// Removes the stale temporaries of one directory a writer puts files in outside a workspace
    /// (`skeleton --output`, `progress form --output`); returns their names.
    @discardableResult
    package static func remove(inDirectory directory: URL) -> [String] {
        var removed: [String] = []
        for name in names(in: directory.path) where isStale(name) {
            if unlink(directory.path + "/" + name) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    /// The pid a temporary's name holds (`.x.json.tmp-1234-…` → 1234), or `nil` for any other name.
    static func pid(inTemporaryName name: String) -> Int32? {
        guard name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let digits = name[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name[range.upperBound...].dropFirst(digits.count).first == "-" else { return nil }
        return Int32(digits)
    }

    /// Whether the name is a temporary of a process that no longer runs.
    static func isStale(_ name: String) -> Bool {
        guard let pid = pid(inTemporaryName: name), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// The temporaries' names in a directory.
    static func names(in path: String) -> [String] {
        DirectoryEntries.names(in: path).filter { $0.hasPrefix(".") && $0.contains(".tmp-") }
    }
}
