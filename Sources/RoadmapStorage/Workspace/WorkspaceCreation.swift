import Foundation

extension Workspace {
    /// A new region's workspace: the 500+ default checkpoints, roll-up, risk directions and cascade
    /// rules (written out in workspace.json so they can be edited), an empty register, and the
    /// regional plan — the imported one, or an empty plan to fill in.
    /// The region id is `Transliteration.slug(regionName)`.
    package static func new(regionName: String, period: Period, plan: Roadmap? = nil) -> Workspace {
        let region = RegionInfo(id: RegionID(Transliteration.slug(regionName)), name: regionName)
        var regionalPlan =
            plan
            ?? Roadmap(
                owner: .region, title: "План-график «дорожная карта» (\(regionName), \(period.canonicalText))",
                period: period, sections: [RoadmapSection(title: "")])
        regionalPlan.owner = .region
        // The programme's vocabulary without another region's institutions, and the programme
        // item found from this plan's content (written out, so the file says which it is).
        let rules = plan.map { PlanRules(plan: $0, rules: .newRegion).rules } ?? .newRegion
        return Workspace(
            settings: WorkspaceSettings(region: region, period: period, rules: rules), regionalPlan: regionalPlan)
    }
}

extension WorkspaceStore {
    /// Writes a new workspace into `directory`, which must not exist yet (or be an empty directory).
    ///
    /// Everything is written into a temporary sibling directory first and then renamed into place,
    /// so an interrupted or failed run leaves nothing half-written. An existing workspace or a
    /// non-empty directory is never touched (`WorkspaceError.alreadyExists`).
    @discardableResult
    package static func create(_ workspace: Workspace, at directory: URL) throws(WorkspaceError) -> WorkspaceStore {
        let fm = FileManager.default
        let target = directory.standardizedFileURL
        try refuseExisting(target)
        let parent = target.deletingLastPathComponent()
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: parent.path, reason: FileProblem(error).reason)
        }
        let temporary = parent.appendingPathComponent(
            ".\(target.lastPathComponent).init-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        )
        do {
            try fm.createDirectory(at: temporary, withIntermediateDirectories: false)
            try WorkspaceStore(directory: temporary).write(workspace)
            if fm.fileExists(atPath: target.path) {
                // An empty directory: rename(2) replaces it; anything that appeared meanwhile makes it fail.
                try refuseExisting(target)
            }
            if rename(temporary.path, target.path) != 0 {
                let reason = FileProblem(errno: errno).reason
                throw WorkspaceError.writeFailed(path: target.path, reason: reason)
            }
        } catch let error as WorkspaceError {
            try? fm.removeItem(at: temporary)
            throw error
        } catch {
            try? fm.removeItem(at: temporary)
            throw .writeFailed(path: target.path, reason: FileProblem(error).reason)
        }
        return WorkspaceStore(directory: target)
    }

    static func refuseExisting(_ target: URL) throws(WorkspaceError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue, (try? fm.contentsOfDirectory(atPath: target.path))?.isEmpty == true else {
            throw .alreadyExists(path: target.path)
        }
    }
}
