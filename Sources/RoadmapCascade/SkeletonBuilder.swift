/// Stamps a municipality's templates into one school's roadmap and merges it with the roadmap the
/// school already has, so regeneration never loses data:
///
/// - activities the school added (`origin` `added` or `document`) stay, after the activity they followed;
///   numbers are positions and are renumbered «1.», «2.» … through the roadmap (ids never change);
/// - a generated field the school changed (its value differs from the one recorded in its
///   provenance, or its provenance says `local`) is kept and marked local; other fields are refreshed;
/// - a kept local deadline later than the newly inherited one is reported as a conflict;
/// - a generated activity no longer owed is dropped only when no progress record refers to it.
///
/// A class (immutable): all schools of a municipality share one builder on all cores, and handing
/// it to each school is one reference, not a copy of the engine's every field.
package final class SkeletonBuilder: Sendable {
    package let engine: CascadeEngine
    package let municipality: MunicipalityID
    package let templates: [SkeletonTemplate]
    /// Distinct section titles in the order templates first use them, then the risk section's.
    let sectionTitles: [String]
    /// The risk section's position in `sectionTitles`.
    let riskSection: Int
    /// For each template, its section's position in `sectionTitles`.
    let templateSections: [Int]
    /// The anti-risk activities the municipality's schools need, by (k, direction), built once.
    /// A short list searched by the direction's bytes: hashing a Cyrillic `String` normalises it
    /// on every lookup.
    let riskActivities: [(k: Int, direction: String, activity: Activity)]

    package convenience init(engine: CascadeEngine, municipality: MunicipalityID) throws(CascadeError) {
        var memo = CascadeEngine.MunicipalMemo()
        try self.init(engine: engine, municipality: municipality, memo: &memo)
    }

    /// A builder made with a worker's memo of names and executor cells (a run builds every municipality).
    package init(engine: CascadeEngine, municipality: MunicipalityID, memo: inout CascadeEngine.MunicipalMemo) throws(CascadeError) {
        self.engine = engine
        self.municipality = municipality
        let templates = try engine.templates(for: municipality, memo: &memo)
        self.templates = templates
        // A few distinct titles, searched in a list: hashing a Cyrillic `String` normalises it.
        var titles: [String] = []
        var templateSections: [Int] = []
        templateSections.reserveCapacity(templates.count + 1)
        for title in templates.map(\.sectionTitle) + [CascadeEngine.riskSectionTitle] {
            if let known = titles.firstIndex(where: { SkeletonMerge.sameText($0, title) }) {
                templateSections.append(known)
            } else {
                templateSections.append(titles.count)
                titles.append(title)
            }
        }
        riskSection = templateSections.removeLast()
        sectionTitles = titles
        self.templateSections = templateSections
        var risks: [(k: Int, direction: String, activity: Activity)] = []
        for school in engine.workspace.schools(in: municipality) {
            for (k, direction) in school.riskDirections.enumerated()
            where SkeletonBuilder.find(k + 1, direction, in: risks) == nil {
                risks.append((k + 1, direction, engine.riskActivity(k + 1, direction: direction)))
            }
        }
        riskActivities = risks
    }

    /// The fresh skeleton of a school, before merging.
    package func fresh(for school: School) -> Roadmap {
        var roadmap = unnumbered(for: school)
        SkeletonBuilder.renumber(&roadmap)
        return roadmap
    }

    /// The fresh skeleton without numbers (merging numbers the result itself).
    func unnumbered(for school: School) -> Roadmap {
        // Activities per section title; sections in the order this school's activities first use them.
        var buckets = [[Activity]](repeating: [], count: sectionTitles.count)
        var order: [Int] = []
        // Items a school-type rule of workspace.json leaves out for this school (ГИА-11 in an ООШ).
        let types = engine.workspace.settings.schoolTypes.filter { $0.matches(schoolName: school.name) }
        for t in templates.indices where templates[t].applies(to: school.id) {
            if !types.isEmpty && types.contains(where: { $0.excludes(title: templates[t].activity.title) }) { continue }
            let s = templateSections[t]
            if buckets[s].isEmpty { order.append(s) }
            buckets[s].append(templates[t].activity)
        }
        let risk = riskSection
        for (k, direction) in school.riskDirections.enumerated() {
            if buckets[risk].isEmpty { order.append(risk) }
            if let i = SkeletonBuilder.find(k + 1, direction, in: riskActivities) {
                buckets[risk].append(riskActivities[i].activity)
            } else {
                buckets[risk].append(engine.riskActivity(k + 1, direction: direction))
            }
        }
        return Roadmap(
            owner: .school(school.id), title: "Дорожная карта ОО: \(school.displayName)", period: engine.period,
            issuer: school.name, sections: order.map { RoadmapSection(title: sectionTitles[$0], activities: buckets[$0]) })
    }

    /// The position of the (k, direction) risk activity in `list`.
    static func find(_ k: Int, _ direction: String, in list: [(k: Int, direction: String, activity: Activity)]) -> Int? {
        list.firstIndex { $0.k == k && $0.direction.hasSameUTF8(as: direction) }
    }

    /// Numbers every activity «1.», «2.» … in document order. Numbers are positions; ids stay.
    /// With `keepingWritten`, activities from the school's own document (`origin: document`) keep
    /// the numbers they were written with («1.1»), and only the others are numbered by position.
    static func renumber(_ roadmap: inout Roadmap, keepingWritten: Bool = false) {
        var number = 0
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices {
                number += 1
                if keepingWritten, roadmap.sections[s].activities[a].origin == .document,
                    roadmap.sections[s].activities[a].number != nil
                {
                    continue
                }
                roadmap.sections[s].activities[a].number =
                    number < numbers.count ? numbers[number] : "\(number)."
            }
        }
    }

    /// «0.» … «999.», made once.
    static let numbers: [String] = (0..<1000).map { "\($0)." }

    /// The school's skeleton merged with what it has (`existing`), keeping everything recorded in `progress`.
    package func build(
        for school: School, existing: Roadmap?, progress: ProgressLog?, carryForward: Bool = false
    ) -> SkeletonResult {
        build(for: school, existing: existing, progress: { progress }, carryForward: carryForward)
    }

    /// `build(for:existing:progress:)` with the progress log asked for only when the merge needs it.
    package func build(
        for school: School, existing: Roadmap?, progress: () -> ProgressLog?, carryForward: Bool = false
    ) -> SkeletonResult {
        guard var existing else {
            let roadmap = fresh(for: school)
            var result = SkeletonResult(school: school.id, roadmap: roadmap)
            result.addedActivities = roadmap.activities.map(\.id)
            return result
        }
        // A roadmap of another period is never re-dated silently (`SchoolCarryForward`).
        var carried: [String] = []
        if existing.period != engine.period {
            guard carryForward else {
                var kept = SkeletonResult(school: school.id, roadmap: existing)
                kept.keptPeriod = existing.period
                return kept
            }
            carried = SchoolCarryForward.carry(&existing, into: engine.period)
        }
        var result = SkeletonMerge.merge(
            generated: unnumbered(for: school), existing: existing, progress: progress, school: school.id,
            schedules: engine.schedules, answers: answers)
        result.carriedForward = carried
        return result
    }
}
