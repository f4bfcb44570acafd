/// How a parent's headline percentage combines its children (see Docs/compliance.md).
package enum RollUpPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// Done activities over all activities of every roadmap below, pooled (larger roadmaps weigh more).
    case pooled
    /// «Mean of schools»: the plain mean of the schools' percentages (every school weighs the same);
    /// a municipal roadmap or the regional plan is reported on its own line, not mixed in as a school
    /// (it is the figure only where no school has data).
    case meanOfChildren = "mean-of-children"
}
