/// An id asked for that the workspace's register does not have.
public struct UnknownUnit: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case municipality, school }
    public var kind: Kind
    /// The id asked for.
    public var id: String
    /// The ids the register has (for a suggestion).
    public var known: [String]

    package init(kind: Kind, id: String, known: [String]) {
        self.kind = kind
        self.id = id
        self.known = known
    }

    /// «муниципалитета «x» нет в units.json» / "no municipality 'x' in units.json".
    public var message: LocalizedText {
        switch kind {
        case .municipality:
            LocalizedText(ru: "муниципалитета «\(id)» нет в units.json", en: "no municipality '\(id)' in units.json")
        case .school: LocalizedText(ru: "школы «\(id)» нет в units.json", en: "no school '\(id)' in units.json")
        }
    }
}
