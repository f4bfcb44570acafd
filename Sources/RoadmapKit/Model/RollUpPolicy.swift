/// How a parent's headline percentage combines its children (see Docs/compliance.md).
public enum RollUpPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// Done activities over all activities of every roadmap below, pooled (larger roadmaps weigh more).
    case pooled
    /// The plain mean of the children's percentages (every school weighs the same).
    case meanOfChildren = "mean-of-children"
}
