/// Reads the organisation cell of a progress row («Организация», «Участник», «ОО», «Школа»): a
/// school, a municipality or the region, by id or by name, so each level reports into its own log.
///
/// Schools are tried first (by id, then by full or short name, folded as `UnitNameMatching.schoolKey`),
/// then municipalities (by id, name or alias, folded as `UnitNameMatching.municipalityKey`), then the
/// region (its id, its name, or the words «регион» / «region»).
struct ProgressOwnerResolver {
    private let workspace: Workspace
    private let schoolsByKey: [String: SchoolID]
    private let municipalitiesByKey: [String: MunicipalityID]
    private let regionKeys: Set<String>

    init(_ workspace: Workspace) {
        self.workspace = workspace
        schoolsByKey = Dictionary(
            workspace.units.schools.flatMap { school in
                ([school.name, school.shortName].compactMap { $0 } + [school.id.rawValue]).map {
                    (UnitNameMatching.schoolKey($0), school.id)
                }
            }, uniquingKeysWith: { a, _ in a })
        municipalitiesByKey = Dictionary(
            workspace.units.municipalities.flatMap { municipality in
                ([municipality.name, municipality.id.rawValue] + municipality.aliases).map {
                    (UnitNameMatching.municipalityKey($0), municipality.id)
                }
            }, uniquingKeysWith: { a, _ in a })
        let region = workspace.settings.region
        regionKeys = Set(
            [region.id.rawValue, region.name, "регион", "region", "региональный уровень"].map(UnitNameMatching.municipalityKey))
    }

    /// The unit a cell names, or `nil` when it names none of the register.
    func owner(_ text: String) -> Owner? {
        if let school = workspace.school(SchoolID(text)) { return .school(school.id) }
        if let id = schoolsByKey[UnitNameMatching.schoolKey(text)] { return .school(id) }
        let key = UnitNameMatching.municipalityKey(text)
        if let id = municipalitiesByKey[key] { return .municipality(id) }
        if regionKeys.contains(key) { return .region }
        return nil
    }
}
