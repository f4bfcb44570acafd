/// Progress checks: records refer to existing roadmaps and activities, and dates are in the period.
enum ProgressChecks {
    /// Runs per progress file on all cores, each worker reusing one set of activity ids; findings by owner.
    static let check: Validator.Check = { workspace, _ in
        let logs = workspace.progress.values.map { (name: $0.owner.description, log: $0) }.sorted { $0.name < $1.name }
        return Array(
            ParallelMap.map(logs.map(\.log), state: { IDTable() }) { ids, log in findings(log, in: workspace, ids: &ids) }.joined())
    }

    /// One progress file's findings; `ids` is scratch space (emptied, its storage kept).
    static func findings(_ log: ProgressLog, in workspace: Workspace, ids: inout IDTable) -> [Finding] {
        var findings: [Finding] = []
        let file = (try? WorkspaceLayout.progressPath(log.owner)) ?? log.owner.description
        guard let roadmap = workspace.roadmap(of: log.owner) else {
            return [
                Finding(
                    .error, .unknownID, file: file, location: "owner",
                    ru: "отчёт об исполнении для «\(log.owner)», у которого нет дорожной карты",
                    en: "progress for \(log.owner), which has no roadmap")
            ]
        }
        ids.removeAll()
        for section in roadmap.sections {
            for a in section.activities.indices { ids.insert(section.activities[a].id) }
        }
        for i in log.records.indices {
            let activity = log.records[i].activity
            if !ids.contains(activity) {
                findings.append(
                    Finding(
                        .error, .unknownID, file: file, location: "records[\(i)].activity",
                        ru: "нет мероприятия «\(activity)» в дорожной карте",
                        en: "no activity \"\(activity)\" in the roadmap"))
            }
            if let done = log.records[i].completedOn, !roadmap.period.contains(done) {
                findings.append(
                    Finding(
                        .warning, .dateOutsidePeriod, file: file, location: "records[\(i)].completedOn",
                        ru: "дата выполнения \(done.russianString) вне периода \(roadmap.period.canonicalText)",
                        en: "completion date \(done.russianString) is outside the period \(roadmap.period.canonicalText)"))
            }
        }
        return findings
    }
}
