import Foundation
import RoadmapKit

extension CommandContext {
    /// How long a writer waits for another run's workspace lock, in seconds: `ROADMAP_LOCK_WAIT`
    /// when set to a number, else 60.
    static var lockTimeout: Double {
        ProcessInfo.processInfo.environment["ROADMAP_LOCK_WAIT"].flatMap { Double($0) }.map { max(0, $0) } ?? 60
    }

    /// Opens a workspace for a command that writes (lock, stale temporaries removed; see
    /// `WorkspaceWriteSession`), telling the person on standard error when another run holds the lock.
    func openForWriting(_ path: String) throws(WorkspaceRefusal) -> WorkspaceWriteSession {
        let context = self
        return try WorkspaceWriteSession(
            store: WorkspaceStore(directory: url(path)), lockTimeout: Self.lockTimeout,
            onWait: { pid in
                let holder = pid.map { " (pid \($0))" } ?? ""
                context.err(
                    context.text(
                        ru: "рабочую область \(path) сейчас изменяет другой процесс roadmap\(holder); ожидание…\n",
                        en: "another roadmap process\(holder) is changing the workspace \(path); waiting…\n"))
            })
    }

    /// Opens the workspace at `path` through the facade for a command that writes (lock, stale
    /// temporaries removed, strict load without `skipped`), telling the person on standard error
    /// when another run holds the lock.
    func openProjectForWriting(
        _ path: String, skipping skipped: WorkspaceStore.Parts = []
    ) throws(WorkspaceRefusal) -> RoadmapProject.Writer {
        let context = self
        return try RoadmapProject.openForWriting(
            url(path), skipping: skipped, lockTimeout: Self.lockTimeout,
            onWait: { pid in
                let holder = pid.map { " (pid \($0))" } ?? ""
                context.err(
                    context.text(
                        ru: "рабочую область \(path) сейчас изменяет другой процесс roadmap\(holder); ожидание…\n",
                        en: "another roadmap process\(holder) is changing the workspace \(path); waiting…\n"))
            })
    }

    /// The content of an input file named on the command line: a regular file only (a FIFO or
    /// device is refused at once, never waited on); errors name the path as typed.
    func readInput(_ path: String) throws(WorkspaceError) -> Data {
        try SafeFile.read(url(path).path, displayPath: path)
    }
}
