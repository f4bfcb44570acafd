import Foundation

/// A workspace opened once, and the pipeline a reader can follow:
/// *open → schedules → validate → evaluate as of a date → report*.
///
/// ```swift
/// let project = try RoadmapProject.open(URL(fileURLWithPath: "Examples/kaliningrad-2023"))
/// let findings = project.validate()
/// let run = try project.evaluate(asOf: LocalDate(iso: "2023-06-30")!)
/// print(ComplianceTableRenderer(level: .municipality, language: .ru).render(run.report))
/// ```
///
/// The as-of date is always a parameter; nothing here reads the clock or writes to a terminal.
public struct RoadmapProject: Sendable {
    /// How files that cannot be read are treated when opening.
    public enum Loading: Sendable {
        /// Files that cannot be read become `loadFindings`; the rest is used.
        case tolerant
        /// Any file that cannot be read stops the open (`WorkspaceRefusal`).
        case strict
    }

    /// The workspace directory, when the project was opened from one.
    public let directory: URL?
    /// Everything the workspace holds.
    public let workspace: Workspace
    /// Files that could not be read (a tolerant open); empty after a strict open.
    public let loadFindings: [Finding]
    private let scheduleBox: ScheduleBox

    /// A project over a workspace already in memory.
    public init(workspace: Workspace, directory: URL? = nil, loadFindings: [Finding] = []) {
        self.workspace = workspace
        self.directory = directory
        self.loadFindings = loadFindings
        self.scheduleBox = ScheduleBox()
    }

    /// Opens the workspace in `directory`.
    public static func open(_ directory: URL, loading: Loading = .tolerant) throws -> RoadmapProject {
        let store = WorkspaceStore(directory: directory)
        switch loading {
        case .tolerant:
            let loaded = try store.load()
            return RoadmapProject(workspace: loaded.workspace, directory: directory, loadFindings: loaded.findings)
        case .strict:
            return RoadmapProject(workspace: try store.loadStrictly(), directory: directory)
        }
    }

    /// The schedules of every roadmap, parsed on first use and shared by every later step.
    public var schedules: ScheduleIndex { scheduleBox.index(for: workspace) }

    /// Files that could not be read, as errors.
    public var unreadableFiles: [Finding] { loadFindings.filter { $0.severity == .error } }

    /// Every finding with its stable code: files that could not be read, the data checks and the
    /// cascade checks, sorted by file.
    public func validate() -> [Finding] {
        Validator.sorted(loadFindings + checks())
    }

    /// The findings of the data and cascade checks (without the load findings), sorted by file.
    public func checks() -> [Finding] {
        let schedules = self.schedules
        let all = Validator.checks + [CascadeChecks.check]
        return Validator.sorted(all.flatMap { $0(workspace, schedules) })
    }

    /// A municipality id the workspace has, or `UnknownUnit` naming the closest ones.
    public func municipality(_ id: MunicipalityID) throws(UnknownUnit) -> Municipality {
        guard let found = workspace.municipality(id) else {
            throw UnknownUnit(kind: .municipality, id: id.rawValue, known: workspace.units.municipalities.map(\.id.rawValue))
        }
        return found
    }

    /// A school id the workspace has, or `UnknownUnit`.
    public func school(_ id: SchoolID) throws(UnknownUnit) -> School {
        guard let found = workspace.school(id) else {
            throw UnknownUnit(kind: .school, id: id.rawValue, known: workspace.units.schools.map(\.id.rawValue))
        }
        return found
    }

    /// The school `text` names: its id, or a name as people write it — full, short or the usual
    /// short form, «» or "" quotes and «№»/«N» alike (`SchoolLookup`) — or `UnknownUnit`.
    public func school(named text: String) throws(UnknownUnit) -> School {
        if let found = workspace.school(SchoolID(text)) { return found }
        if let id = SchoolLookup(workspace.units.schools).school(text), let found = workspace.school(id) { return found }
        throw UnknownUnit(kind: .school, id: text, known: workspace.units.schools.map(\.id.rawValue))
    }
}

/// The schedule index of a project, built once on first use.
private final class ScheduleBox: @unchecked Sendable {
    private let lock = NSLock()
    private var built: ScheduleIndex?

    func index(for workspace: Workspace) -> ScheduleIndex {
        lock.withLock {
            if let built { return built }
            let index = ScheduleIndex(workspace)
            built = index
            return index
        }
    }
}
