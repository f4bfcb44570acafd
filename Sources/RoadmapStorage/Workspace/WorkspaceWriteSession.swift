import Foundation

extension FindingCode {
    /// A file that could not be read at all (permission, a directory or FIFO in its place, an I/O error).
    package static let unreadableFile = FindingCode("unreadable-file")
}

/// The one rule every command that writes into a workspace follows (Docs/workspace-format.md,
/// «Guarantees of commands that write»):
///
/// 1. take the workspace lock (`WorkspaceLock`), so runs at once take turns;
/// 2. remove temporary files killed runs left (`StaleTemporaries`);
/// 3. load strictly: any file that cannot be read, decoded or placed (I/O error, not UTF-8, bad
///    JSON, newer or invalid `schemaVersion`, not a regular file, another owner's file) or any
///    duplicate id stops the command with `WorkspaceRefusal` before anything is written;
/// 4. write atomically (`AtomicFile`, `AtomicBatch`), keeping each file's mode and group;
/// 5. give the lock up (`release()`, or when the session is freed, or at exit).
package final class WorkspaceWriteSession: @unchecked Sendable {
    package let store: WorkspaceStore
    private let lock: WorkspaceLock
    /// Temporaries of killed runs removed when the session opened (paths relative to the workspace).
    package let removedTemporaries: [String]

    /// Opens `store` for writing: refuses a directory that is not a workspace, takes the lock
    /// (waiting up to `lockTimeout` seconds; `onWait` is told the holder's pid before waiting) and
    /// removes stale temporaries.
    package init(
        store: WorkspaceStore, lockTimeout: Double = 60, onWait: (Int32?) -> Void = { _ in }
    ) throws(WorkspaceRefusal) {
        let settings = store.directory.appendingPathComponent(WorkspaceLayout.settingsFile).path
        var info = stat()
        guard stat(settings, &info) == 0 else { throw WorkspaceRefusal(.notAWorkspace(path: store.directory.path)) }
        self.store = store
        lock = try WorkspaceLock.acquire(in: store.directory, timeout: lockTimeout, onWait: onWait)
        removedTemporaries = StaleTemporaries.remove(in: store.directory)
    }

    /// Gives the lock up.
    package func release() { lock.release() }

    /// Loads the workspace (without the `skipped` parts) and refuses when any file read could not be
    /// used or an id is given twice: a writer never rewrites what it could not read.
    package func load(skipping skipped: WorkspaceStore.Parts = []) throws(WorkspaceRefusal) -> Workspace {
        try store.loadStrictly(skipping: skipped)
    }

    /// Ids given twice: municipalities and schools in the register, activities within a roadmap.
    /// A writer that went on would drop one of the two or write one over the other.
    package static func duplicateIDs(in workspace: Workspace) -> [Finding] {
        var findings: [Finding] = []
        var municipalities: Set<MunicipalityID> = []
        for (i, m) in workspace.units.municipalities.enumerated() where !municipalities.insert(m.id).inserted {
            findings.append(
                Finding(
                    .error, .duplicateID, file: WorkspaceLayout.unitsFile, location: "municipalities[\(i)].id",
                    ru: "муниципалитет «\(m.id)» указан дважды", en: "municipality \"\(m.id)\" is listed twice"))
        }
        var schools: Set<SchoolID> = []
        for (i, s) in workspace.units.schools.enumerated() where !schools.insert(s.id).inserted {
            findings.append(
                Finding(
                    .error, .duplicateID, file: WorkspaceLayout.unitsFile, location: "schools[\(i)].id",
                    ru: "школа «\(s.id)» указана дважды", en: "school \"\(s.id)\" is listed twice"))
        }
        var roadmaps: [Roadmap] = workspace.regionalPlan.map { [$0] } ?? []
        roadmaps += workspace.municipalRoadmaps.keys.sorted().compactMap { workspace.municipalRoadmaps[$0] }
        roadmaps += workspace.schoolRoadmaps.keys.sorted().compactMap { workspace.schoolRoadmaps[$0] }
        for roadmap in roadmaps { findings += duplicateActivityIDs(in: roadmap) }
        return findings
    }

    /// Activity ids a roadmap gives twice, each at its second place.
    package static func duplicateActivityIDs(in roadmap: Roadmap) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<String> = []
        let file = (try? WorkspaceLayout.roadmapPath(roadmap.owner)) ?? "\(roadmap.owner)"
        for (s, section) in roadmap.sections.enumerated() {
            for (a, activity) in section.activities.enumerated() where !seen.insert(activity.id).inserted {
                findings.append(
                    Finding(
                        .error, .duplicateID, file: file, location: "sections[\(s)].activities[\(a)].id",
                        ru: "мероприятие с id «\(activity.id)» встречается дважды",
                        en: "activity id \"\(activity.id)\" occurs twice"))
            }
        }
        return findings
    }
}

extension WorkspaceStore {
    /// Loads the workspace (without the `skipped` parts) and refuses when any file read could not be
    /// used or an id is given twice — the load of a command that writes (into the workspace, or
    /// elsewhere from it). `load(skipping:)` instead reports such files as findings and goes on.
    package func loadStrictly(skipping skipped: Parts = []) throws(WorkspaceRefusal) -> Workspace {
        let loaded: Loaded
        do { loaded = try load(skipping: skipped) } catch { throw WorkspaceRefusal(error) }
        let problems =
            loaded.findings + SettingsBounds.findings(loaded.workspace.settings)
            + WorkspaceWriteSession.duplicateIDs(in: loaded.workspace)
        guard problems.isEmpty else { throw WorkspaceRefusal(findings: problems) }
        return loaded.workspace
    }
}
