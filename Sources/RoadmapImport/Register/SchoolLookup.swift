/// Finds a school of the register by what people write for it: its id, its full name, its short
/// name, or the usual short form derived from the full name (`SchoolShortName`: a roadmap writes
/// «МБОУ «ООШ с. Луговое»» for a school the list names only in full). Quotes («» "" „“), the «№»
/// or «N» spelling, case and spaces do not matter (`UnitNameMatching.schoolKey`).
///
/// A spelling two schools share is not guessed: a written name or short name belongs to the
/// first school that has it, and a derived short form that two schools would share, or that is
/// another school's written name, is not used.
package struct SchoolLookup: Sendable {
    private let byID: [String: SchoolID]
    private let byKey: [String: SchoolID]

    /// A lookup over `schools`.
    package init(_ schools: [School]) {
        var byID: [String: SchoolID] = [:]
        var byKey: [String: SchoolID] = [:]
        for school in schools {
            byID[school.id.rawValue] = byID[school.id.rawValue] ?? school.id
            for name in [school.name, school.shortName].compactMap({ $0 }) + [school.id.rawValue] {
                let key = UnitNameMatching.schoolKey(name)
                if !key.isEmpty, byKey[key] == nil { byKey[key] = school.id }
            }
        }
        var derived: [String: SchoolID?] = [:]
        for school in schools {
            guard let short = SchoolShortName.derive(from: school.name) else { continue }
            let key = UnitNameMatching.schoolKey(short)
            guard !key.isEmpty, byKey[key] == nil else { continue }
            if let other = derived[key], other != school.id { derived[key] = .some(nil) } else { derived[key] = school.id }
        }
        for (key, id) in derived { if let id { byKey[key] = id } }
        self.byID = byID
        self.byKey = byKey
    }

    /// The school `text` names (an id, a name, a short name or the derived short form), or `nil`.
    package func school(_ text: String) -> SchoolID? {
        if let id = byID[text] { return id }
        return byKey[UnitNameMatching.schoolKey(text)]
    }
}
