/// Stamps a municipality's templates into one school's roadmap and merges it with the roadmap the
/// school already has, so regeneration never loses data:
///
/// - activities the school added (`origin` `added` or `document`) stay, after the activity they followed;
///   numbers are positions and are renumbered «1.», «2.» … through the roadmap (ids never change);
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
            append(engine.riskActivity(k + 1, direction: direction), to: CascadeEngine.riskSectionTitle)
        }
        var roadmap = Roadmap(
            owner: .school(school.id), title: "Дорожная карта ОО: \(school.displayName)", period: engine.period,
            issuer: school.name, sections: sections)
        SkeletonBuilder.renumber(&roadmap)
        return roadmap
    }

    /// Numbers every activity «1.», «2.» … in document order. Numbers are positions; ids stay.
    static func renumber(_ roadmap: inout Roadmap) {
        var number = 0
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices {
                number += 1
                roadmap.sections[s].activities[a].number = "\(number)."
            }
        }
    }

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
