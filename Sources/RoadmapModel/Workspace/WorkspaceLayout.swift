/// Where each part of a workspace lives, relative to its directory (Docs/workspace-format.md).
///
/// ```
/// workspace.json                      settings: region, period, checkpoints, rules
/// units.json                          municipalities and schools
/// roadmaps/region.json                the regional plan
/// roadmaps/municipalities/<id>.json   one file per municipal roadmap
/// roadmaps/schools/<id>.json          one file per school roadmap
/// progress/region.json, progress/municipalities/<id>.json, progress/schools/<id>.json
/// ```
package enum WorkspaceLayout {
    package static let settingsFile = "workspace.json"
    package static let unitsFile = "units.json"
    package static let roadmapsDirectory = "roadmaps"
    package static let progressDirectory = "progress"

    /// Relative path of an owner's roadmap file. Throws for an id unsafe as a file name.
    package static func roadmapPath(_ owner: Owner) throws(WorkspaceError) -> String {
        try path(in: roadmapsDirectory, owner)
    }

    /// Relative path of an owner's progress file. Throws for an id unsafe as a file name.
    package static func progressPath(_ owner: Owner) throws(WorkspaceError) -> String {
        try path(in: progressDirectory, owner)
    }

    static func path(in directory: String, _ owner: Owner) throws(WorkspaceError) -> String {
        switch owner {
        case .region:
            return "\(directory)/region.json"
        case .municipality(let id):
            guard id.isSafeFileName else { throw .unsafeID(id.rawValue) }
            return "\(directory)/municipalities/\(id.rawValue).json"
        case .school(let id):
            guard id.isSafeFileName else { throw .unsafeID(id.rawValue) }
            return "\(directory)/schools/\(id.rawValue).json"
        }
    }
}
