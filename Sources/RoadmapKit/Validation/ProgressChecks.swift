/// Progress checks: records refer to existing roadmaps and activities, and dates are in the period.
enum ProgressChecks {
    static let check: Validator.Check = { workspace in
        var findings: [Finding] = []
        let logs = workspace.progress.values.sorted { $0.owner.description < $1.owner.description }
        for log in logs {
            let file = (try? WorkspaceLayout.progressPath(log.owner)) ?? log.owner.description
            guard let roadmap = workspace.roadmap(of: log.owner) else {
                findings.append(
                    Finding(
                        .error, .unknownID, file: file, location: "owner",
                        ru: "отчёт об исполнении для «\(log.owner)», у которого нет дорожной карты",
                        en: "progress for \(log.owner), which has no roadmap"))
                continue
            }
            let ids = Set(roadmap.activities.map(\.id))
            for (i, record) in log.records.enumerated() {
                let at = "records[\(i)]"
                if !ids.contains(record.activity) {
                    findings.append(
                        Finding(
                            .error, .unknownID, file: file, location: at + ".activity",
                            ru: "нет мероприятия «\(record.activity)» в дорожной карте",
                            en: "no activity \"\(record.activity)\" in the roadmap"))
                }
                if let done = record.completedOn, !roadmap.period.contains(done) {
                    findings.append(
                        Finding(
                            .warning, .dateOutsidePeriod, file: file, location: at + ".completedOn",
                            ru: "дата выполнения \(done.russianString) вне периода \(roadmap.period.canonicalText)",
                            en: "completion date \(done.russianString) is outside the period \(roadmap.period.canonicalText)"))
                }
            }
        }
        return findings
    }
}
