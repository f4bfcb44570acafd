/// Whether a unit has a roadmap in the workspace, as `roadmap units list` shows it.
package enum RoadmapStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// A roadmap with at least one activity written or imported by a person.
    case present
    /// No roadmap file.
    case missing
    /// Only a generated skeleton: every activity has origin `skeleton` (nothing added or edited yet).
    case skeletonOnly = "skeleton-only"

    /// The status of a roadmap (`nil` = no roadmap).
    package init(_ roadmap: Roadmap?) {
        guard let roadmap else {
            self = .missing
            return
        }
        let activities = roadmap.activities
        self = !activities.isEmpty && activities.allSatisfy { $0.origin == .skeleton } ? .skeletonOnly : .present
    }

    /// The status as shown to a person.
    package var text: LocalizedText {
        switch self {
        case .present: LocalizedText(ru: "есть", en: "present")
        case .missing: LocalizedText(ru: "нет", en: "missing")
        case .skeletonOnly: LocalizedText(ru: "только заготовка", en: "skeleton only")
        }
    }
}
