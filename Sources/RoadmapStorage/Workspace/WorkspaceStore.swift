import Dispatch
import Foundation

/// Loads a workspace directory into a `Workspace` and writes parts of it back, atomically.
///
/// Loading is forgiving: a broken roadmap or progress file becomes a `Finding` and the rest still
/// loads, so `validate` can report every problem in one run. Only an unreadable `workspace.json`
/// stops the load. Files are decoded on all cores.
public struct WorkspaceStore: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    public init(path: String) { self.directory = URL(fileURLWithPath: path) }

    /// The result of loading: the workspace and the problems met while reading files.
    public struct Loaded: Sendable {
        public var workspace: Workspace
        public var findings: [Finding]
    }

    /// Parts of a workspace `load(skipping:)` can leave on disk.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// `roadmaps/schools/*.json`.
        public static let schoolRoadmaps = Parts(rawValue: 1)
        /// Every file under `progress/`.
        public static let progress = Parts(rawValue: 2)
        /// What a bulk skeleton run reads school by school instead (`SchoolFiles`): the school
        /// roadmaps and all progress.
        public static let schoolFiles: Parts = [.schoolRoadmaps, .progress]
    }

    /// Loads everything, or everything but the `skipped` parts (which the workspace then lacks:
    /// their files are neither read nor reported). Throws only when the directory is not a
    /// readable workspace.
    public func load(skipping skipped: Parts = []) throws(WorkspaceError) -> Loaded {
        let settingsURL = directory.appendingPathComponent(WorkspaceLayout.settingsFile)
        guard FileManager.default.fileExists(atPath: settingsURL.path) else {
            throw .notAWorkspace(path: directory.path)
        }
        let settingsData = try read(settingsURL)
        // The strict reader first (UTF-8, no trailing commas or repeated keys, numbers in range, a
        // whole schemaVersion), then the settings' own decoding.
        _ = try WorkspaceJSON.topObject(settingsData, path: WorkspaceLayout.settingsFile)
        let settings = try JSONFileCodec.decodeVersioned(
            WorkspaceSettings.self, from: settingsData, path: WorkspaceLayout.settingsFile)
        var findings: [Finding] = []
        let unitsURL = directory.appendingPathComponent(WorkspaceLayout.unitsFile)
        let store = self
        let unitsTask = BackgroundTask { () -> Result<UnitRegister, WorkspaceError>? in
            guard FileManager.default.fileExists(atPath: unitsURL.path) else { return nil }
            return Result { () throws(WorkspaceError) in
                try WorkspaceJSON.decode(try store.read(unitsURL), path: WorkspaceLayout.unitsFile, interner: StringInterner())
            }
        }
        let roadmapFiles = listFiles(WorkspaceLayout.roadmapsDirectory, schools: !skipped.contains(.schoolRoadmaps))
        let progressFiles = skipped.contains(.progress) ? [] : listFiles(WorkspaceLayout.progressDirectory)
        let loaders = FileLoaderPool()
        let roadmaps = decodeAll(roadmapFiles, as: Roadmap.self, loaders: loaders)
        let logs = decodeAll(progressFiles, as: ProgressLog.self, loaders: loaders)
        var units = UnitRegister()
        switch unitsTask.wait() {
        case .success(let register)?: units = register
        case .failure(let error)?: findings.append(Self.finding(for: error, file: WorkspaceLayout.unitsFile))
        case nil: break
        }
        var workspace = Workspace(settings: settings, units: units)
        workspace.schoolRoadmaps.reserveCapacity(roadmapFiles.count)
        workspace.progress.reserveCapacity(progressFiles.count)

        for (file, result) in zip(roadmapFiles, roadmaps) {
            switch result {
            case .success(let roadmap):
                if let mismatch = ownerMismatch(file: file, owner: roadmap.owner) {
                    findings.append(mismatch)
                    continue
                }
                workspace.setRoadmap(roadmap, of: roadmap.owner)
            case .failure(let error):
                findings.append(Self.finding(for: error, file: file.relativePath))
            }
        }
        for (file, result) in zip(progressFiles, logs) {
            switch result {
            case .success(let log):
                if let mismatch = ownerMismatch(file: file, owner: log.owner) {
                    findings.append(mismatch)
                    continue
                }
                workspace.progress[log.owner] = log
            case .failure(let error):
                findings.append(Self.finding(for: error, file: file.relativePath))
            }
        }
        return Loaded(workspace: workspace, findings: findings)
    }

    /// A workspace file found on disk, with the owner its place implies.
    struct FileEntry: Sendable {
        var relativePath: String
        var impliedOwner: Owner?
    }

    func listFiles(_ top: String, schools: Bool = true) -> [FileEntry] {
        var entries: [FileEntry] = []
        let fm = FileManager.default
        let base = directory.appendingPathComponent(top)
        if fm.fileExists(atPath: base.appendingPathComponent("region.json").path) {
            entries.append(FileEntry(relativePath: "\(top)/region.json", impliedOwner: .region))
        }
        for (sub, make) in [
            ("municipalities", { (id: String) in Owner.municipality(MunicipalityID(id)) }),
            ("schools", { (id: String) in Owner.school(SchoolID(id)) }),
        ] where schools || sub != "schools" {
            let names = (try? fm.contentsOfDirectory(atPath: base.appendingPathComponent(sub).path)) ?? []
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let id = String(name.dropLast(5))
                entries.append(FileEntry(relativePath: "\(top)/\(sub)/\(name)", impliedOwner: make(id)))
            }
        }
        return entries
    }

    func ownerMismatch(file: FileEntry, owner: Owner) -> Finding? {
        guard let implied = file.impliedOwner, implied != owner else { return nil }
        return Finding(
            .error, .ownerMismatch, file: file.relativePath, location: "owner",
            ru: "файл принадлежит «\(implied)», а в поле owner указано «\(owner)»; файл пропущен",
            en: "the file's place says \(implied) but its owner field says \(owner); file skipped")
    }

    /// Reads and decodes files on all cores, one `FileLoader` (buffer and string interner) per
    /// worker at a time, taken from `loaders`.
    func decodeAll<T: PullDecodable & Sendable>(
        _ files: [FileEntry], as type: T.Type, loaders: FileLoaderPool
    ) -> [Result<T, WorkspaceError>] {
        let directory = self.directory
        let base = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        return ParallelMap.map(files, state: { loaders.take() }) { lease, file -> Result<T, WorkspaceError> in
            let loader = lease.loader
            do throws(WorkspaceError) {
                let bytes = try loader.read(base + file.relativePath, displayPath: file.relativePath)
                return .success(try WorkspaceJSON.decode(bytes, path: file.relativePath, interner: loader.interner))
            } catch {
                return .failure(error)
            }
        }
    }

    func read(_ url: URL) throws(WorkspaceError) -> Data {
        let base = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        let shown = url.path.hasPrefix(base) ? String(url.path.dropFirst(base.count)) : url.path
        return try SafeFile.read(url.path, displayPath: shown)
    }

    static func finding(for error: WorkspaceError, file: String) -> Finding {
        switch error {
        case .schemaTooNew(_, let found, let supported):
            return Finding(
                .error, .schemaTooNew, file: file, location: "schemaVersion",
                ru: "schemaVersion \(found) новее, чем поддерживает эта версия программы (\(supported)); обновите roadmap",
                en: "schemaVersion \(found) is newer than this tool supports (\(supported)); update roadmap")
        case .invalidFile(_, let location, let reason):
            return Finding(
                .error, .invalidJSON, file: file, location: location,
                ru: "файл не прочитан: \(reason.ru)", en: "file not read: \(reason.en)")
        case .unreadable(_, let reason):
            // Not a JSON problem: the bytes could not be had at all (permission, a directory, a FIFO).
            return Finding(
                .error, .unreadableFile, file: file, ru: "файл не прочитан: \(FileProblem.russian(reason))",
                en: "cannot read the file: \(reason)")
        default:
            return Finding(.error, .invalidJSON, file: file, ru: error.message.ru, en: error.message.en)
        }
    }

    // MARK: Writing

    /// Writes the settings file.
    package func write(settings: WorkspaceSettings) throws(WorkspaceError) {
        try writeFile(VersionedFile(settings), to: WorkspaceLayout.settingsFile)
    }

    /// Writes the register of units.
    package func write(units: UnitRegister) throws(WorkspaceError) {
        try writeData(WorkspaceJSON.encode { units.write(to: &$0) }, to: WorkspaceLayout.unitsFile)
    }

    /// Writes one roadmap to its owner's file.
    package func write(roadmap: Roadmap) throws(WorkspaceError) {
        try writeData(Self.encodeRoadmap(roadmap), to: try WorkspaceLayout.roadmapPath(roadmap.owner))
    }

    /// Writes one progress log to its owner's file.
    package func write(progress: ProgressLog) throws(WorkspaceError) {
        try writeData(Self.encodeProgress(progress), to: try WorkspaceLayout.progressPath(progress.owner))
    }

    /// Writes a whole workspace: settings, units, every roadmap and progress log.
    public func write(_ workspace: Workspace) throws(WorkspaceError) {
        try write(settings: workspace.settings)
        try write(units: workspace.units)
        if let plan = workspace.regionalPlan { try write(roadmap: plan) }
        for (_, roadmap) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) { try write(roadmap: roadmap) }
        for (_, roadmap) in workspace.schoolRoadmaps.sorted(by: { $0.key < $1.key }) { try write(roadmap: roadmap) }
        for log in workspace.progress.values { try write(progress: log) }
    }

    func writeFile<T: Encodable>(_ value: T, to relativePath: String) throws(WorkspaceError) {
        let data: Data
        do { data = try JSONFileCodec.encode(value) } catch {
            throw .writeFailed(path: relativePath, reason: "\(error)")
        }
        try writeData(data, to: relativePath)
    }

    func writeData(_ data: Data, to relativePath: String) throws(WorkspaceError) {
        try AtomicFile.write(data, to: directory.appendingPathComponent(relativePath))
    }

    /// A roadmap as workspace file JSON (pretty, keys in a stable readable order), e.g. for `--output -`.
    package static func encodeRoadmap(_ roadmap: Roadmap) -> Data {
        WorkspaceJSON.encode { roadmap.write(to: &$0) }
    }

    /// `encodeRoadmap` into a writer reused from file to file (bulk runs: no buffer per file).
    package static func encodeRoadmap(_ roadmap: Roadmap, into writer: inout JSONWriter) {
        WorkspaceJSON.encode(into: &writer) { roadmap.write(to: &$0) }
    }

    /// A progress log as workspace file JSON.
    package static func encodeProgress(_ log: ProgressLog) -> Data {
        WorkspaceJSON.encode { log.write(to: &$0) }
    }

    /// The register as workspace file JSON.
    package static func encodeUnits(_ units: UnitRegister) -> Data {
        WorkspaceJSON.encode { units.write(to: &$0) }
    }

    /// Decodes a roadmap file's data; `path` names the file in errors.
    package static func decodeRoadmap(_ data: Data, path: String) throws(WorkspaceError) -> Roadmap {
        try WorkspaceJSON.decode(data, path: path) { (o) throws(JSONShapeError) in try Roadmap(json: o) }
    }

    /// Decodes a progress file's data.
    package static func decodeProgress(_ data: Data, path: String) throws(WorkspaceError) -> ProgressLog {
        try WorkspaceJSON.decode(data, path: path) { (o) throws(JSONShapeError) in try ProgressLog(json: o) }
    }

    /// Decodes a register file's data.
    package static func decodeUnits(_ data: Data, path: String) throws(WorkspaceError) -> UnitRegister {
        try WorkspaceJSON.decode(data, path: path) { (o) throws(JSONShapeError) in try UnitRegister(json: o) }
    }
}
