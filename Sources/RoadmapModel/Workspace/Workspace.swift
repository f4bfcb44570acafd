/// A region's whole workspace in memory: settings, register, roadmaps and progress.
///
/// On disk it is a directory (see `WorkspaceLayout` and Docs/workspace-format.md). The value is
/// plain data; loading, validation, cascade and compliance are functions over it.
public struct Workspace: Sendable {
    package var settings: WorkspaceSettings
    package var units: UnitRegister
    /// План-график региона; `nil` until imported.
    public var regionalPlan: Roadmap?
    public var municipalRoadmaps: [MunicipalityID: Roadmap]
    public var schoolRoadmaps: [SchoolID: Roadmap]
    /// Progress logs by owner.
    public var progress: [Owner: ProgressLog]

    package init(
        settings: WorkspaceSettings, units: UnitRegister = UnitRegister(), regionalPlan: Roadmap? = nil,
        municipalRoadmaps: [MunicipalityID: Roadmap] = [:], schoolRoadmaps: [SchoolID: Roadmap] = [:],
        progress: [Owner: ProgressLog] = [:]
    ) {
        self.settings = settings
        self.units = units
        self.regionalPlan = regionalPlan
        self.municipalRoadmaps = municipalRoadmaps
        self.schoolRoadmaps = schoolRoadmaps
        self.progress = progress
    }

    /// The roadmap of an owner, if present.
    public func roadmap(of owner: Owner) -> Roadmap? {
        switch owner {
        case .region: regionalPlan
        case .municipality(let id): municipalRoadmaps[id]
        case .school(let id): schoolRoadmaps[id]
        }
    }

    /// Sets or removes the roadmap of an owner.
    public mutating func setRoadmap(_ roadmap: Roadmap?, of owner: Owner) {
        switch owner {
        case .region: regionalPlan = roadmap
        case .municipality(let id): municipalRoadmaps[id] = roadmap
        case .school(let id): schoolRoadmaps[id] = roadmap
        }
    }

    /// A municipality by id.
    public func municipality(_ id: MunicipalityID) -> Municipality? {
        units.municipality(id)
    }

    /// A school by id.
    public func school(_ id: SchoolID) -> School? {
        units.school(id)
    }

    /// The schools of a municipality, in register order.
    public func schools(in municipality: MunicipalityID) -> [School] {
        units.schools(in: municipality)
    }
}
