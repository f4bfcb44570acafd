/// Stamps a municipality's templates into one school's roadmap and merges it with the roadmap the
/// school already has, so regeneration never loses data:
///
/// - activities the school added (`origin` `added` or `document`) stay, after the activity they followed;
/// - a generated field the school changed (its value differs from the one recorded in its
///   provenance, or its provenance says `local`) is kept and marked local; other fields are refreshed;
/// - a kept local deadline later than the newly inherited one is reported as a conflict;
/// - a generated activity no longer owed is dropped only when no progress record refers to it.
public struct SkeletonBuilder: Sendable {
    public let engine: CascadeEngine
    public let municipality: MunicipalityID
    public let templates: [SkeletonTemplate]

    public init(engine: CascadeEngine, municipality: MunicipalityID) throws(CascadeError) {
        self.engine = engine
        self.municipality = municipality
        self.templates = try engine.templates(for: municipality)
    }

    /// The fresh skeleton of a school, before merging.
    public func fresh(for school: School) -> Roadmap {
        var sections: [RoadmapSection] = []
        var sectionIndex: [String: Int] = [:]
        func append(_ activity: Activity, to title: String) {
            if let i = sectionIndex[title] {
                sections[i].activities.append(activity)
            } else {
                sectionIndex[title] = sections.count
                sections.append(RoadmapSection(title: title, activities: [activity]))
            }
        }
        for template in templates where template.applies(to: school.id) {
            append(template.activity, to: template.sectionTitle)
        }
        for (k, direction) in school.riskDirections.enumerated() {
            append(engine.riskActivity(k + 1, direction: direction), to: SkeletonBuilder.riskSectionTitle)
        }
        var number = 0
        for s in sections.indices {
            for a in sections[s].activities.indices {
                number += 1
                sections[s].activities[a].number = "\(number)."
            }
        }
        return Roadmap(
            owner: .school(school.id), title: "Дорожная карта ОО: \(school.displayName)", period: engine.period,
            issuer: school.name, sections: sections)
    }

    /// Title of the section holding the anti-risk programme activities.
    public static let riskSectionTitle = "Антирисковые программы по направлениям рискового профиля"

    /// The school's skeleton merged with what it has (`existing`), keeping everything recorded in `progress`.
    public func build(for school: School, existing: Roadmap?, progress: ProgressLog?) -> SkeletonResult {
        let generated = fresh(for: school)
        guard let existing else { return SkeletonResult(school: school.id, roadmap: generated) }
        return SkeletonMerge.merge(
            generated: generated, existing: existing, progressActivities: Set(progress?.records.map(\.activity) ?? []),
            school: school.id)
    }

    /// Builds every school of the municipality (or the named ones) on all cores.
    public func buildAll(schools: [School], existing: @Sendable (SchoolID) -> Roadmap?) -> [SkeletonResult] {
        let progress = engine.workspace.progress
        return ParallelMap.map(schools) { school in
            build(for: school, existing: existing(school.id), progress: progress[.school(school.id)])
        }
    }
}
