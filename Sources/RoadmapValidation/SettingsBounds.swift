extension FindingCode {
    /// A number in workspace.json outside the range it can mean anything in.
    package static let valueOutOfRange = FindingCode("value-out-of-range")
}

/// Numbers in workspace.json that have a sensible range: a lead time of −100,000 days moved
/// deadlines into the year −25,252,734,927,764,532. Each value outside its range is an error
/// naming the field; commands that write refuse such a workspace.
package enum SettingsBounds {
    /// Lead times move a deadline by at most a year either way.
    static let leadDays = -366...366
    /// Checkpoint shares are percentages.
    static let percent = 0.0...100.0

    static let check: Validator.Check = { workspace, _ in findings(workspace.settings) }

    package static func findings(_ settings: WorkspaceSettings) -> [Finding] {
        let file = WorkspaceLayout.settingsFile
        var findings: [Finding] = []
        for (i, lead) in settings.rules.leadDays.enumerated() where !leadDays.contains(lead.days) {
            findings.append(
                Finding(
                    .error, .valueOutOfRange, file: file, location: "rules.leadDays[\(i)].days",
                    ru: "опережение \(lead.days) дн. вне допустимого диапазона от \(leadDays.lowerBound) до \(leadDays.upperBound)",
                    en: "a lead time of \(lead.days) days is outside \(leadDays.lowerBound)…\(leadDays.upperBound)"))
        }
        for (i, checkpoint) in settings.checkpoints.enumerated() {
            for (field, value) in [("minimum", checkpoint.minimum), ("target", checkpoint.target)] where !percent.contains(value) {
                findings.append(
                    Finding(
                        .error, .valueOutOfRange, file: file, location: "checkpoints[\(i)].\(field)",
                        ru: "доля \(value) % вне диапазона от 0 до 100", en: "a share of \(value) % is outside 0…100"))
            }
        }
        return findings
    }
}
