/// The chain behind a school activity: regional item → municipal item → school item, with each
/// deadline and document and why the school's values are what they are (`roadmap explain`).
public struct CascadeExplanation: Sendable {
    /// One link of the chain.
    package struct Step: Sendable {
        package var level: Level
        /// `region:5`, `municipality:2.1`, or the school activity's id.
        package var link: String
        /// The unit («svetlogorsk», the school id); empty for the region.
        package var unit: String
        /// The unit's name as people write it («Светлогорский городской округ», the school's
        /// short name); empty for the region.
        package var unitName: String = ""
        package var activity: Activity
        /// The levels the executors name (higher steps only).
        package var levels: [Level]
        /// The final deadline understood from the schedule, if any.
        package var deadline: LocalDate?
    }

    package var school: SchoolID
    /// The school's name as people write it (its short name, else its full name).
    package var schoolName: String = ""
    package var steps: [Step]
    /// Whether the school roadmap was generated on the fly (the workspace has none).
    package var generated: Bool
    /// Higher levels that have no item in the chain: «no municipal item implements region:5».
    package var gaps: [LocalizedText]
    /// The cascade rules behind the activity, where they are stored and why they say what they say
    /// (the programme item of an anti-risk programme activity).
    package var rules: [LocalizedText] = []
    /// Items the school activity implements whose dates its own do not correspond to
    /// (`deadline-mismatch`), both schedules named: the school owes the item on the item's dates.
    package var mismatches: [LocalizedText] = []

    /// Builds the chain for a school activity given by id (`r5`) or number (`4`, `4.`).
    package static func explain(engine: CascadeEngine, school id: SchoolID, activity key: String) throws(CascadeError)
        -> CascadeExplanation
    {
        let workspace = engine.workspace
        guard let school = workspace.school(id) else {
            throw .unknownSchool(id.rawValue, municipality: "")  // no municipality to name: the message says so
        }
        var roadmap = workspace.schoolRoadmaps[id]
        let generated = roadmap == nil
        if roadmap == nil { roadmap = try SkeletonBuilder(engine: engine, municipality: school.municipality).fresh(for: school) }
        guard let roadmap,
            let activity = roadmap.activity(id: key)
                ?? roadmap.activities.first(where: { $0.number.map(ActivityID.from(number:)) == ActivityID.from(number: key) })
        else { throw .unknownActivity(school: id.rawValue, activity: key) }

        let municipal = engine.municipalItems(school.municipality)
        let parser = engine.schedules.parser(roadmap.period)
        var steps: [Step] = []
        var gaps: [LocalizedText] = []
        let schoolName = school.displayName
        let municipalityName = workspace.units.municipalities.first { $0.id == school.municipality }?.name ?? ""
        func step(_ item: ResolvedActivity) -> Step {
            Step(
                level: item.link.level, link: item.link.text,
                unit: item.link.level == .municipality ? school.municipality.rawValue : "",
                unitName: item.link.level == .municipality ? municipalityName : "", activity: item.activity,
                levels: Level.allCases.filter { item.executors.levels.contains($0) }, deadline: item.schedule.finalDeadline)
        }
        let regionalLinks = activity.implements.filter { $0.level == .region }
        let municipalLinks = activity.implements.filter { $0.level == .municipality }
        var municipalSteps: [ResolvedActivity] = municipal.filter { municipalLinks.contains($0.link) }
        for link in regionalLinks {
            if let item = engine.regionalItem(link.activity) { steps.append(step(item)) }
            let implementing = municipal.filter {
                $0.activity.implements.contains(link) && ($0.namedSchools?.contains(id) ?? true)
            }
            if implementing.isEmpty {
                gaps.append(
                    LocalizedText(
                        ru: "в дорожной карте муниципалитета «\(school.municipality)» нет пункта со ссылкой на \(link)",
                        en: "the roadmap of municipality \(school.municipality) has no item linking to \(link)"))
            }
            for m in implementing where !municipalSteps.contains(m) { municipalSteps.append(m) }
        }
        for m in municipalSteps {
            for link in m.activity.implements where link.level == .region && !regionalLinks.contains(link) {
                if let item = engine.regionalItem(link.activity) { steps.append(step(item)) }
            }
            steps.append(step(m))
        }
        steps.append(
            Step(
                level: .school, link: activity.id, unit: id.rawValue, unitName: schoolName, activity: activity, levels: [],
                deadline: parser.parse(activity.schedule).finalDeadline))
        var explanation = CascadeExplanation(
            school: id, schoolName: schoolName, steps: steps, generated: generated, gaps: gaps)
        explanation.rules = ruleNotes(engine: engine, activity: activity)
        let own = parser.parse(activity.schedule).occurrences
        for link in activity.implements {
            let parent =
                link.level == .region ? engine.regionalItem(link.activity) : municipal.first { $0.link == link }
            guard let parent,
                let mismatch = ScheduleCorrespondence.mismatch(
                    parent: parent, level: .school, lower: ActivityLink(level: .school, activity: activity.id),
                    schedule: activity.schedule, lowerPeriod: roadmap.period, own: own, rules: engine.rules,
                    checkpoints: engine.checkpointDates)
            else { continue }
            explanation.mismatches.append(
                LocalizedText(
                    ru:
                        "[deadline-mismatch] сроки мероприятия школы «\(activity.schedule)» не соответствуют срокам \(link) «\(parent.activity.schedule)»: \(mismatch.russianText); школа должна выполнить \(link) в его сроки",
                    en:
                        "[deadline-mismatch] the school activity's dates “\(activity.schedule)” do not correspond to \(link)'s “\(parent.activity.schedule)”: \(mismatch.englishText); the school owes \(link) on its dates"
                ))
        }
        return explanation
    }

    /// The programme-item rule, for an anti-risk programme activity (`risk<k>`).
    static func ruleNotes(engine: CascadeEngine, activity: Activity) -> [LocalizedText] {
        guard activity.id.hasPrefix("risk") else { return [] }
        let template = engine.rules.riskActivity
        guard let item = engine.programmeItem else {
            return [
                LocalizedText(
                    ru:
                        "rules.riskActivity.parent: антирисковая программа не привязана к пункту плана (в workspace.json не указан пункт, и по словам \(template.parentKeywords.map { "«\($0)»" }.joined(separator: ", ")) он не определён однозначно)",
                    en:
                        "rules.riskActivity.parent: the anti-risk programme belongs to no plan item (workspace.json names none and the words \(template.parentKeywords.map { "“\($0)”" }.joined(separator: ", ")) do not settle one)"
                )
            ]
        }
        if template.derivesParent {
            let keyword = engine.regionalItem(item).flatMap { parent in
                ([parent.activity.title] + parent.activity.documents).lazy.compactMap {
                    ProgrammeItemFinder(keywords: template.parentKeywords).keyword(in: $0)
                }.first
            }
            return [
                LocalizedText(
                    ru:
                        "rules.riskActivity.parent: пункт \(item) регионального плана найден по словам «\(keyword ?? "")» (в workspace.json не записан; запишите \"parent\": \"\(item)\", чтобы закрепить, или другой номер)",
                    en:
                        "rules.riskActivity.parent: item \(item) of the regional plan, found by “\(keyword ?? "")” (not written in workspace.json; write \"parent\": \"\(item)\" to fix it, or another number)"
                )
            ]
        }
        return [
            LocalizedText(
                ru: "rules.riskActivity.parent: пункт \(item) регионального плана (записано в workspace.json; измените там)",
                en: "rules.riskActivity.parent: item \(item) of the regional plan (written in workspace.json; change it there)")
        ]
    }
}
