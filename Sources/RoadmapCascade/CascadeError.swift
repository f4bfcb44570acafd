/// Why the cascade could not run.
public enum CascadeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The workspace has no regional plan (roadmaps/region.json).
    case noRegionalPlan
    /// A municipality id not in units.json.
    case unknownMunicipality(String)
    /// A school id not in units.json or not in the municipality.
    case unknownSchool(String, municipality: String)
    /// A school activity that does not exist.
    case unknownActivity(school: String, activity: String)

    public var description: String { message.en }

    /// The message in both languages.
    public var message: LocalizedText {
        switch self {
        case .noRegionalPlan:
            LocalizedText(
                ru: "в рабочей папке нет регионального плана (roadmaps/region.json)",
                en: "the workspace has no regional plan (roadmaps/region.json)")
        case .unknownMunicipality(let id):
            LocalizedText(
                ru: "муниципалитет «\(id)» не найден в units.json", en: "municipality \"\(id)\" is not in units.json")
        case .unknownSchool(let id, let municipality) where municipality.isEmpty || municipality == "*":
            LocalizedText(
                ru: "школы «\(id)» нет в units.json ни в одном муниципалитете",
                en: "school \"\(id)\" is not in units.json in any municipality")
        case .unknownSchool(let id, let municipality):
            LocalizedText(
                ru: "школа «\(id)» не найдена в units.json среди школ муниципалитета «\(municipality)»",
                en: "school \"\(id)\" is not in units.json among the schools of municipality \"\(municipality)\"")
        case .unknownActivity(let school, let activity):
            LocalizedText(
                ru: "в дорожной карте школы «\(school)» нет мероприятия «\(activity)»",
                en: "the roadmap of school \"\(school)\" has no activity \"\(activity)\"")
        }
    }
}
