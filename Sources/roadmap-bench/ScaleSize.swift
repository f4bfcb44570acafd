/// One size of the scale benchmark: a national flat status file and a one-region workspace.
struct ScaleSize: Sendable {
    var name: String
    /// Schools in the flat status file (100 activities each), spread over 85 regions.
    var flatSchools: Int
    /// School roadmaps in the workspace (50–100 activities each), one region.
    var workspaceSchools: Int
    var workspaceMunicipalities: Int

    var flatRows: Int { flatSchools * 100 }

    static let all = [
        ScaleSize(name: "small", flatSchools: 4_000, workspaceSchools: 1_000, workspaceMunicipalities: 60),
        ScaleSize(name: "medium", flatSchools: 16_000, workspaceSchools: 4_000, workspaceMunicipalities: 230),
        ScaleSize(name: "large", flatSchools: 40_000, workspaceSchools: 40_000, workspaceMunicipalities: 2_300),
    ]
}
