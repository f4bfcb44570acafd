extension CascadeRules {
    /// A higher level's required document as the level below names it: the `documents` rule whose
    /// `higher` name matches (ignoring case, quotes and spacing), else the same name.
    package func lowerDocumentName(_ higher: String) -> String {
        if let exact = documents.first(where: { $0.higher == higher }) { return exact.lower }
        let key = NameTokens(higher).key
        return documents.first(where: { NameTokens($0.higher).key == key })?.lower ?? higher
    }

    /// Whether two document names are the same document (ignoring case, quotes and spacing).
    package static func sameDocument(_ a: String, _ b: String) -> Bool {
        a == b || NameTokens(a).key == NameTokens(b).key
    }
}
