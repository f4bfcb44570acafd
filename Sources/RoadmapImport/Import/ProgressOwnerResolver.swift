/// Reads the organisation cell of a progress row («Организация», «Участник», «ОО», «Школа»): a
/// school, a municipality or the region, by id or by name, so each level reports into its own log.
///
/// Schools are tried first (by id, full name, short name or the short form derived from the full
/// name: `SchoolLookup`),
/// then municipalities (by id, name or alias, folded as `UnitNameMatching.municipalityKey`), then the
/// region (its id, its name, or the words «регион» / «region»).
struct ProgressOwnerResolver {
    private let workspace: Workspace
    private let schools: SchoolLookup
    private let municipalitiesByKey: [String: MunicipalityID]
    private let regionKeys: Set<String>

    init(_ workspace: Workspace) {
        self.workspace = workspace
        schools = SchoolLookup(workspace.units.schools)
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
        if let id = schools.school(text) { return .school(id) }
        let key = UnitNameMatching.municipalityKey(text)
        if let id = municipalitiesByKey[key] { return .municipality(id) }
        if regionKeys.contains(key) { return .region }
        return nil
    }
}
