import Foundation

/// `roadmap skeleton` as a library call: builds the skeletons of a municipality's schools, merges
/// each with the file it will replace, and writes only files whose bytes change (atomically, all
/// files of a run committed together: `AtomicBatch`).
public enum SkeletonRun {
    /// Output formats: the workspace JSON, or a printable «Дорожная карта ОО».
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case json, md, csv, html, xlsx

        var printable: SkeletonRendering.Format? {
            switch self {
            case .json, .xlsx: nil
            case .md: .markdown
            case .csv: .csv
            case .html: .html
            }
        }
    }

    /// What to generate and where.
    public struct Request: Sendable {
        /// The municipality whose schools to generate; `nil` = every municipality.
        public var municipality: MunicipalityID?
        /// Schools to generate; empty = every school of the municipality (or of all).
        public var schools: [SchoolID]
        public var format: Format
        /// Where files go; `nil` = the workspace (json: roadmaps/schools/<id>.json).
        public var outputDirectory: URL?
        /// Whether each output keeps its roadmap (`result.roadmap`). A caller that only reports what
        /// was written says `false`: each roadmap is then freed as soon as its file is written, and
        /// `result.roadmap` holds the roadmap's header without its sections (`activityCount` counts them).
        public var returnsRoadmaps: Bool
        /// Whether a school roadmap of another period is carried into the plan's period (its own
        /// dates re-dated, with provenance); otherwise it is kept as it is and reported.
        public var carryForward: Bool = false

        public init(
            municipality: MunicipalityID?, schools: [SchoolID] = [], format: Format = .json, outputDirectory: URL? = nil,
            returnsRoadmaps: Bool = true, carryForward: Bool = false
        ) {
            self.carryForward = carryForward
            self.municipality = municipality
            self.schools = schools
            self.format = format
            self.outputDirectory = outputDirectory
            self.returnsRoadmaps = returnsRoadmaps
        }
    }

    /// What happened to one school.
    public struct Output: Sendable {
        public var result: SkeletonResult
        /// The path of the file written or left as it was (`nil` when the text is returned instead).
        public var path: String?
        public var changed: Bool
        /// Printable text when there is no output directory and the format is not json.
        public var text: String?
        /// How many activities the school's roadmap has.
        public var activityCount: Int

        /// The file written or left as it was (`nil` when the text is returned instead). Made on
        /// demand: a bulk run keeps paths as text.
        package var file: URL? { path.map { URL(fileURLWithPath: $0, isDirectory: false) } }

        init(result: SkeletonResult, path: String?, changed: Bool, text: String?, keepRoadmap: Bool) {
            self.result = result
            self.path = path
            self.changed = changed
            self.text = text
            activityCount = result.roadmap.sections.reduce(0) { $0 + $1.activities.count }
            if !keepRoadmap { self.result.roadmap.sections = [] }
        }
    }

    /// Why a run could not start or finish.
    public enum Failure: Error, CustomStringConvertible {
        case cascade(CascadeError)
        case unsafeID(String)
        case unreadableTarget(path: String, reason: String)
        /// A school's progress file was needed (an activity is no longer owed) and could not be read.
        case unreadableProgress(school: String, reason: String)
        case write(WorkspaceError)
        /// The school's roadmap gives an activity id twice.
        case duplicateID(path: String, message: LocalizedText)

        public var description: String { message.en }

        /// The message in both languages.
        public var message: LocalizedText {
            switch self {
            case .cascade(let e): e.message
            case .unsafeID(let id):
                LocalizedText(
                    ru: "id «\(id)» нельзя использовать как имя файла", en: "id \"\(id)\" cannot be used as a file name")
            case .unreadableTarget(let path, let reason):
                LocalizedText(
                    ru: "\(path): существующая дорожная карта не прочитана, поэтому не перезаписана: \(reason)",
                    en: "\(path): the existing roadmap could not be read, so it was not overwritten: \(reason)")
            case .unreadableProgress(let school, let reason):
                LocalizedText(
                    ru:
                        "ход выполнения школы «\(school)» не прочитан, поэтому неясно, какие мероприятия можно убрать; ничего не записано: \(reason)",
                    en:
                        "the progress of school \(school) could not be read, so it is unclear which activities may go; nothing was written: \(reason)"
                )
            case .write(let e): e.message
            case .duplicateID(let path, let message):
                LocalizedText(
                    ru: "\(path): \(message.ru); исправьте файл, ничего не записано",
                    en: "\(path): \(message.en); fix the file, nothing was written")
            }
        }
    }

    /// Runs a request over a loaded workspace found at `workspaceDirectory`. The regional plan is
    /// resolved once, each municipality's templates once, and the schools are built, rendered and
    /// written on all cores.
    package static func run(_ request: Request, workspace: Workspace, workspaceDirectory: URL) throws(Failure) -> [Output] {
        try run(request, workspace: workspace, workspaceDirectory: workspaceDirectory, schools: .loaded)
    }

    /// Runs a request over a workspace loaded without its school files
    /// (`WorkspaceStore.load(skipping: .schoolFiles)`): each worker reads a school's roadmap just
    /// before merging it and its progress only when the merge asks (an activity no longer owed), so a
    /// bulk run neither reads every progress file nor holds every school's roadmap.
    package static func run(_ request: Request, plans workspace: Workspace, schoolFiles: SchoolFiles) throws(Failure) -> [Output] {
        try run(request, workspace: workspace, workspaceDirectory: schoolFiles.store.directory, schools: .onDisk(schoolFiles))
    }

    /// Where a run finds each school's roadmap and progress.
    enum SchoolSource: Sendable {
        /// In the loaded workspace.
        case loaded
        /// In the school's files, read when needed.
        case onDisk(SchoolFiles)
    }

    static func run(
        _ request: Request, workspace: Workspace, workspaceDirectory: URL, schools source: SchoolSource
    ) throws(Failure) -> [Output] {
        let engine: CascadeEngine
        do throws(CascadeError) { engine = try CascadeEngine(workspace: workspace) } catch { throw .cascade(error) }
        let scope: [School]
        if let municipality = request.municipality {
            guard workspace.municipality(municipality) != nil else {
                throw .cascade(.unknownMunicipality(municipality.rawValue))
            }
            scope = workspace.schools(in: municipality)
        } else {
            scope = workspace.units.schools
        }
        var schools: [School] = []
        if request.schools.isEmpty {
            schools = scope
        } else {
            let byID = Dictionary(scope.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var seen: Set<SchoolID> = []
            for id in request.schools {
                guard let school = byID[id] else {
                    throw .cascade(.unknownSchool(id.rawValue, municipality: request.municipality?.rawValue ?? "*"))
                }
                if seen.insert(id).inserted { schools.append(school) }
            }
        }
        for school in schools where !school.id.isSafeFileName { throw .unsafeID(school.id.rawValue) }

        // Templates once per municipality, municipalities in parallel.
        var municipalities: [MunicipalityID] = []
        var seenMunicipalities: Set<MunicipalityID> = []
        for school in schools where seenMunicipalities.insert(school.municipality).inserted {
            municipalities.append(school.municipality)
        }
        let built = ParallelMap.map(municipalities, state: { CascadeEngine.MunicipalMemo() }) { memo, id in
            Result { () throws(CascadeError) in try SkeletonBuilder(engine: engine, municipality: id, memo: &memo) }
        }
        var builders: [MunicipalityID: SkeletonBuilder] = [:]
        for (id, result) in zip(municipalities, built) {
            switch result {
            case .success(let builder): builders[id] = builder
            case .failure(let error): throw .cascade(error)
            }
        }
        let jsonDirectory =
            (request.outputDirectory
            ?? workspaceDirectory.appendingPathComponent(WorkspaceLayout.roadmapsDirectory)
            .appendingPathComponent("schools")).path
        let directories = Directories(json: jsonDirectory, output: request.outputDirectory?.path)
        let snapshot = builders
        // Every changed file is staged as a temporary beside its target and all are committed at the
        // end with one flush; a failure anywhere removes them and replaces nothing.
        let batch = AtomicBatch()
        defer { batch.discard() }
        // Each worker keeps its own encoding buffer and deadline memo from school to school.
        let results = ParallelMap.map(schools, state: { Worker() }) { worker, school -> Result<Output, Failure> in
            do throws(Failure) {
                return .success(
                    try runOne(
                        school, builder: snapshot[school.municipality]!, request: request, directories: directories,
                        workspace: workspace, source: source, batch: batch, worker: worker))
            } catch {
                return .failure(error)
            }
        }
        var outputs: [Output] = []
        outputs.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let output): outputs.append(output)
            case .failure(let error): throw error
            }
        }
        do throws(WorkspaceError) { try batch.commit() } catch { throw .write(error) }
        return outputs
    }

    /// Where a run's files go, as plain paths (a bulk run makes thousands of them, and `URL` surgery
    /// per file costs more than the bookkeeping), and which names are already there.
    struct Directories: Sendable {
        /// Where json files go (the output directory, else the workspace's school roadmaps).
        var json: String
        /// The output directory, when there is one.
        var output: String?
        /// The entries of the directories, listed once; a name not in its list has no file (no
        /// `stat` per school in a new directory).
        var jsonNames: Set<String>
        var outputNames: Set<String>

        init(json: String, output: String?) {
            self.json = json
            self.output = output
            let jsonNames = Directories.names(in: json)
            self.jsonNames = jsonNames
            outputNames = output.map { $0 == json ? jsonNames : Directories.names(in: $0) } ?? []
        }

        /// The names of a directory's entries (none when it is missing or unreadable).
        static func names(in path: String) -> Set<String> { Set(DirectoryEntries.names(in: path)) }

        /// The size of the regular file named `name` in `directory` (listed in `names`), or `nil`.
        static func fileSize(_ name: String, in directory: String, names: Set<String>) -> (path: String, size: Int?) {
            let path = directory + "/" + name
            return (path, names.contains(name) ? FileComparison.fileSize(path) : nil)
        }
    }

    /// One school: merge base, build, render or encode, stage the file in `batch` when its bytes change.
    static func runOne(
        _ school: School, builder: SkeletonBuilder, request: Request, directories: Directories, workspace: Workspace,
        source: SchoolSource, batch: AtomicBatch, worker: Worker
    ) throws(Failure) -> Output {
        // The roadmap the skeleton merges with: the file it replaces, else the workspace's. In a
        // loaded workspace that file is already there, so it is not read again (only compared, below).
        let (target, onDisk) = Directories.fileSize(
            school.id.rawValue + ".json", in: directories.json, names: directories.jsonNames)
        var existing: Roadmap?
        var existingBytes: Data?
        if request.outputDirectory != nil, onDisk != nil {
            guard let data = FileManager.default.contents(atPath: target) else {
                throw .unreadableTarget(path: target, reason: "the file could not be read")
            }
            do throws(WorkspaceError) {
                existing = try WorkspaceStore.decodeRoadmap(data, path: target)
            } catch {
                throw .unreadableTarget(path: target, reason: error.description)
            }
            existingBytes = data
        } else {
            switch source {
            case .loaded: existing = workspace.schoolRoadmaps[school.id]
            case .onDisk(let files):
                do throws(WorkspaceError) {
                    existing = try files.roadmap(of: school.id, loader: worker.loader)
                } catch {
                    // The school's own roadmap must be read, wherever the result goes: starting
                    // afresh would drop the activities the school added.
                    let path = files.store.directory.appendingPathComponent(
                        (try? WorkspaceLayout.roadmapPath(.school(school.id))) ?? target
                    ).path
                    throw .unreadableTarget(path: path, reason: error.message.en)
                }
            }
        }
        if existing == nil, onDisk != nil, request.outputDirectory == nil {
            // The workspace file exists but did not load: never overwrite it.
            throw .unreadableTarget(path: target, reason: "the file did not load (see roadmap validate)")
        }
        // Two activities with one id: the merge would keep one of them.
        if let existing, let duplicate = WorkspaceWriteSession.duplicateActivityIDs(in: existing).first {
            throw .duplicateID(path: target, message: duplicate.message)
        }
        var progressFailure: Failure?
        let result = builder.build(
            for: school, existing: existing,
            progress: {
                switch source {
                case .loaded: return workspace.progress[.school(school.id)]
                case .onDisk(let files):
                    do throws(WorkspaceError) { return try files.progress(of: school.id, loader: worker.loader) } catch {
                        progressFailure = .unreadableProgress(school: school.id.rawValue, reason: error.description)
                        return nil
                    }
                }
            }, carryForward: request.carryForward)
        if let progressFailure { throw progressFailure }
        if request.format == .xlsx {
            // A workbook is binary: written into an output directory only, never instead of the JSON.
            guard let directory = directories.output else {
                throw .write(.writeFailed(path: school.id.rawValue + ".xlsx", reason: "an xlsx skeleton needs an output directory"))
            }
            let data: Data
            do throws(ZipWriter.Failure) {
                data = try SkeletonRendering.workbook(result.roadmap, schoolName: school.displayName).data()
            } catch {
                throw .write(.writeFailed(path: directory, reason: error.description))
            }
            let (path, size) = Directories.fileSize("\(school.id.rawValue).xlsx", in: directory, names: directories.outputNames)
            let changed = FileComparison.differs(data, fromFileAt: path, size: size)
            if changed { try stage(data, toPath: path, in: batch) }
            return Output(result: result, path: path, changed: changed, text: nil, keepRoadmap: request.returnsRoadmaps)
        }
        if let printable = request.format.printable {
            let text = SkeletonRendering.render(result.roadmap, schoolName: school.displayName, format: printable)
            guard let directory = directories.output else {
                return Output(result: result, path: nil, changed: true, text: text, keepRoadmap: request.returnsRoadmaps)
            }
            let (path, size) = Directories.fileSize(
                "\(school.id.rawValue).\(request.format.rawValue)", in: directory, names: directories.outputNames)
            let data = Data(text.utf8)
            let changed = FileComparison.differs(data, fromFileAt: path, size: size)
            if changed { try stage(data, toPath: path, in: batch) }
            return Output(result: result, path: path, changed: changed, text: nil, keepRoadmap: request.returnsRoadmaps)
        }
        // The target file's own roadmap coming back unchanged needs no encoding: its content stays.
        if onDisk != nil, let existing, result.roadmap == existing {
            return Output(result: result, path: target, changed: false, text: nil, keepRoadmap: request.returnsRoadmaps)
        }
        WorkspaceStore.encodeRoadmap(result.roadmap, into: &worker.writer)
        let changed = try worker.writer.withBytes { (bytes) throws(Failure) -> Bool in
            let changed =
                existingBytes.map { !FileComparison.equal($0, bytes) } ?? FileComparison.differs(bytes, fromFileAt: target, size: onDisk)
            if changed {
                do throws(WorkspaceError) { try batch.stage(bytes: bytes, toPath: target) } catch { throw .write(error) }
            }
            return changed
        }
        return Output(result: result, path: target, changed: changed, text: nil, keepRoadmap: request.returnsRoadmaps)
    }

    /// What a worker keeps from school to school: its JSON buffer (a school's file is ~60 KB, and
    /// growing a fresh buffer to that size for every school copied it five times over) and its
    /// file loader.
    final class Worker {
        var writer = JSONWriter(capacity: 1 << 17)
        /// Reads the school's files when they are read one by one (`SchoolSource.onDisk`).
        let loader = FileLoader()
    }

    static func stage(_ data: Data, toPath path: String, in batch: AtomicBatch) throws(Failure) {
        do throws(WorkspaceError) { try batch.stage(data, toPath: path) } catch { throw .write(error) }
    }
}
