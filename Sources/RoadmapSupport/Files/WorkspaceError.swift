import Foundation

/// Errors that stop a workspace operation. Each names the file and what was expected.
public enum WorkspaceError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// The directory is not a workspace (no workspace.json).
    case notAWorkspace(path: String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A file is not valid JSON or does not have the expected structure; `reason` says what is
    /// wrong in both languages.
    case invalidFile(path: String, location: String?, reason: LocalizedText)
    /// A file was written by a newer version of the tool.
    case schemaTooNew(path: String, found: Int, supported: Int)
    /// Writing failed; nothing was replaced.
    case writeFailed(path: String, reason: String)
    /// An id that cannot be used as a file name.
    case unsafeID(String)
    /// The target already exists and would be overwritten.
    case alreadyExists(path: String)

    public var description: String {
        switch self {
        case .notAWorkspace(let path):
            "\(path): not a workspace: no workspace.json"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .invalidFile(let path, let location, let reason):
            "\(path)\(location.map { ":" + $0 } ?? ""): \(reason.en)"
        case .schemaTooNew(let path, let found, let supported):
            "\(path): schemaVersion \(found) is newer than this tool supports (\(supported)); update roadmap"
        case .writeFailed(let path, let reason): "\(path): cannot write: \(reason)"
        case .unsafeID(let id):
            "id \"\(id)\" cannot be used as a file name (allowed: A-Z a-z 0-9 . _ -, not starting with a dot)"
        case .alreadyExists(let path): "\(path): already exists; refusing to overwrite"
        }
    }

    public var errorDescription: String? { description }
}
