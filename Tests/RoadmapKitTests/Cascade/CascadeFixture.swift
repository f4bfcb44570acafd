import Foundation
import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// The cascade fixture workspace: the Kaliningrad 2023 plan (seed 004, all 32 items), the
/// Svetlogorsk roadmap (seed 001) and its school МАОУ «ООШ п. Приморье», plus a second Svetlogorsk
/// school (not in the seeds) to show which items only the named school owes.
enum CascadeFixture {
    static let primorye = SchoolID("maou-oosh-primorye")
    static let sosh1 = SchoolID("maou-sosh-1-svetlogorsk")
    static let svetlogorsk = MunicipalityID("svetlogorsk")

    static var directory: URL { Fixture.url("cascade/kaliningrad") }

    static func workspace() throws -> Workspace {
        try WorkspaceStore(directory: directory).load().workspace
    }

    /// A fresh copy of the fixture workspace in a temporary directory.
    static func copy() throws -> URL {
        let target = TemporaryDirectory.url("cascade")
        try FileManager.default.copyItem(at: directory, to: target)
        return target
    }

    /// The school's freshly generated skeleton.
    static func skeleton(_ workspace: Workspace, school: SchoolID = primorye) throws -> Roadmap {
        let engine = try CascadeEngine(workspace: workspace)
        let builder = try SkeletonBuilder(engine: engine, municipality: svetlogorsk)
        return builder.fresh(for: try #require(workspace.school(school)))
    }

    /// Changes one activity of a roadmap in place.
    static func edit(_ roadmap: inout Roadmap, _ id: String, _ change: (inout Activity) -> Void) {
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices where roadmap.sections[s].activities[a].id == id {
                change(&roadmap.sections[s].activities[a])
            }
        }
    }
}
