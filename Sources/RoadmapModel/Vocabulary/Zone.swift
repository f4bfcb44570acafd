/// Зона: where a percentage stands against a checkpoint's minimum and target.
public enum Zone: String, Hashable, Sendable, Codable, CaseIterable {
    /// Below the minimum («красная зона»).
    case red
    /// From the minimum up to, not including, the target («жёлтая зона»).
    case yellow
    /// At or above the target («зелёная зона»).
    case green

    /// The zone of a percentage at a checkpoint: `< minimum` red, `minimum..<target` yellow, `≥ target` green.
    public init(percent: Double, checkpoint: Checkpoint) {
        if percent < checkpoint.minimum {
            self = .red
        } else if percent < checkpoint.target {
            self = .yellow
        } else {
            self = .green
        }
    }

    /// The zone's name for a person.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.red, .ru): "красная"
        case (.yellow, .ru): "жёлтая"
        case (.green, .ru): "зелёная"
        case (.red, .en): "red"
        case (.yellow, .en): "yellow"
        case (.green, .en): "green"
        }
    }

    /// Order for «worst first».
    package var severity: Int {
        switch self {
        case .red: 0
        case .yellow: 1
        case .green: 2
        }
    }
}
