import Foundation

extension RoadmapProject {
    /// A workspace opened for a command that writes, with the guarantees of
    /// Docs/workspace-format.md «Guarantees of commands that write»: the workspace lock is held from
    /// the read to the last write, stale temporaries of killed runs are gone, and every file was
    /// read strictly (a file that cannot be used stopped the open). Writes go through `store`,
    /// which stages and renames atomically. Call `release()` when done.
    package final class Writer: @unchecked Sendable {
        /// The project as loaded under the lock.
        package let project: RoadmapProject
        private let session: WorkspaceWriteSession

        init(project: RoadmapProject, session: WorkspaceWriteSession) {
            self.project = project
            self.session = session
        }

        /// Where the writes go (atomic writes and batches).
        package var store: WorkspaceStore { session.store }
        /// Temporaries of killed runs removed when the workspace was opened.
        package var removedTemporaries: [String] { session.removedTemporaries }

        /// Gives the lock up.
        package func release() { session.release() }
    }

    /// Opens the workspace in `directory` for writing: refuses a directory that is not a
    /// workspace, takes the lock (waiting up to `lockTimeout` seconds; `onWait` is told the
    /// holder's pid first), removes stale temporaries and loads strictly without the `skipped`
    /// parts. A refused load gives the lock back before throwing.
    package static func openForWriting(
        _ directory: URL, skipping skipped: WorkspaceStore.Parts = [], lockTimeout: Double = 60,
        onWait: (Int32?) -> Void = { _ in }
    ) throws(WorkspaceRefusal) -> Writer {
        let session = try WorkspaceWriteSession(
            store: WorkspaceStore(directory: directory), lockTimeout: lockTimeout, onWait: onWait)
        do {
            let workspace = try session.load(skipping: skipped)
            return Writer(project: RoadmapProject(workspace: workspace, directory: directory), session: session)
        } catch {
            session.release()
            throw error
        }
    }
}
