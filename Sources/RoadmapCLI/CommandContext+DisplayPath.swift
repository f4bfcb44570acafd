import Foundation

extension CommandContext {
    /// A file's path as a person typed it: relative to the current directory when the file is
    /// inside it (`kaliningrad/roadmaps/schools/x.json`), else absolute. Output stays the same
    /// wherever the workspace lives, so documented output can be compared.
    func displayPath(_ url: URL) -> String {
        let base = currentDirectory.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
