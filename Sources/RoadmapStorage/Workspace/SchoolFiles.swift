import Foundation

/// One school's own files, read when they are needed: its roadmap (`roadmaps/schools/<id>.json`)
/// and its progress (`progress/schools/<id>.json`).
///
/// Work that goes school by school over a workspace loaded without them
/// (`WorkspaceStore.load(skipping: .schoolFiles)`) reads each school's files beside its work: a bulk
/// skeleton run reads a school's roadmap just before merging it, and its progress only when an
/// activity is no longer owed, instead of holding 4,000 of each.
public struct SchoolFiles: Sendable {
    package let store: WorkspaceStore

    package init(store: WorkspaceStore) { self.store = store }

    /// The school's roadmap, or `nil` when it has no file. Throws when the file cannot be read or
    /// decoded, or holds another owner's roadmap (`load()` would skip such a file).
    public func roadmap(of school: SchoolID) throws(WorkspaceError) -> Roadmap? {
        try roadmap(of: school, loader: FileLoader())
    }

    /// The school's progress log, or `nil` when it has no file. Throws as `roadmap(of:)` does.
    public func progress(of school: SchoolID) throws(WorkspaceError) -> ProgressLog? {
        try progress(of: school, loader: FileLoader())
    }

    /// `roadmap(of:)` with a worker's loader (its buffer and interner kept from school to school).
    package func roadmap(of school: SchoolID, loader: FileLoader) throws(WorkspaceError) -> Roadmap? {
        try decode(WorkspaceLayout.roadmapPath(.school(school)), of: school, loader: loader, owner: \Roadmap.owner)
    }

    /// `progress(of:)` with a worker's loader.
    package func progress(of school: SchoolID, loader: FileLoader) throws(WorkspaceError) -> ProgressLog? {
        try decode(WorkspaceLayout.progressPath(.school(school)), of: school, loader: loader, owner: \ProgressLog.owner)
    }

    /// The school's file at `path`, decoded, or `nil` when there is none; one naming another
    /// `owner` is an error.
    private func decode<T: PullDecodable>(
        _ path: String, of school: SchoolID, loader: FileLoader, owner: KeyPath<T, Owner>
    ) throws(WorkspaceError) -> T? {
        guard let bytes = try read(path, loader: loader) else { return nil }
        let value: T = try WorkspaceJSON.decode(bytes, path: path, interner: loader.interner)
        try checkOwner(value[keyPath: owner], of: school, path: path)
        return value
    }

    /// The bytes of the file at `relativePath` in the workspace (valid until the loader's next
    /// read), or `nil` when there is no such file.
    private func read(_ relativePath: String, loader: FileLoader) throws(WorkspaceError) -> UnsafeBufferPointer<UInt8>? {
        let path = store.directory.appendingPathComponent(relativePath).path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: relativePath, reason: FileProblem(errno: errno).reason)
        }
        return try loader.read(path, displayPath: relativePath)
    }

    private func checkOwner(_ owner: Owner, of school: SchoolID, path: String) throws(WorkspaceError) {
        guard owner != .school(school) else { return }
        throw .invalidFile(
            path: path, location: "owner",
            reason: LocalizedText(
                ru: "по месту файла его владелец \(Owner.school(school)), а в поле owner указан \(owner)",
                en: "the file's place says \(Owner.school(school)) but its owner field says \(owner)"))
    }
}
