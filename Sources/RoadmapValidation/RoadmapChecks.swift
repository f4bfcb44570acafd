/// Roadmap checks: owners that exist, unique activity ids, deadlines that exist and fall in the period.
enum RoadmapChecks {
    /// Runs on all cores, each worker with scratch of its own (a set of ids reused from roadmap to
    /// roadmap); schedule warnings come from the index (by position, or by text for a roadmap it
    /// does not know); findings in `allRoadmaps` order.
    static let check: Validator.Check = { workspace, schedules in
        ParallelMap.flatMap(allRoadmaps(workspace), state: { Scratch() }) { scratch, roadmap in
            findings(roadmap.0, roadmap.1, in: workspace, schedules: schedules, scratch: &scratch)
        }
    }

    /// A worker's reusable state.
    struct Scratch {
        var seen = IDTable()
    }

    /// One roadmap's findings: an owner missing from the register, then its activities'.
    static func findings(
        _ owner: Owner, _ roadmap: Roadmap, in workspace: Workspace, schedules: ScheduleIndex, scratch: inout Scratch
    ) -> [Finding] {
        var findings: [Finding] = []
        let file = (try? WorkspaceLayout.roadmapPath(owner)) ?? owner.description
        switch owner {
        case .region: break
        case .municipality(let id) where workspace.municipality(id) == nil:
            findings.append(
                Finding(
                    .error, .unknownID, file: file, location: "owner.id",
                    ru: "дорожная карта неизвестного муниципалитета «\(id)» (нет в units.json)",
                    en: "roadmap of unknown municipality \"\(id)\" (not in units.json)"))
        case .school(let id) where workspace.school(id) == nil:
            findings.append(
                Finding(
                    .error, .unknownID, file: file, location: "owner.id",
                    ru: "дорожная карта неизвестной школы «\(id)» (нет в units.json)",
                    en: "roadmap of unknown school \"\(id)\" (not in units.json)"))
        default: break
        }
        if let entries = schedules.entries(of: owner, in: roadmap) {
            return findings
                + activityFindings(roadmap, file: file, seen: &scratch.seen) { position, _ in schedules.warnings[Int(entries[position])] }
        }
        return findings
            + activityFindings(roadmap, file: file, seen: &scratch.seen) { _, text in
                schedules.warnings(text, period: roadmap.period)
            }
    }

    /// Every roadmap with its owner, region first, then municipalities and schools by id.
    static func allRoadmaps(_ workspace: Workspace) -> [(Owner, Roadmap)] {
        var result: [(Owner, Roadmap)] = []
        if let plan = workspace.regionalPlan { result.append((.region, plan)) }
        for (id, r) in workspace.municipalRoadmaps.sorted(by: { $0.key < $1.key }) { result.append((.municipality(id), r)) }
        for (id, r) in workspace.schoolRoadmaps.sorted(by: { $0.key < $1.key }) { result.append((.school(id), r)) }
        return result
    }

    /// Duplicate ids and schedule warnings of a roadmap's activities; `warnings` gives the parser's
    /// warnings of the activity at a position (in section order) with the given schedule text;
    /// `seen` is scratch space (emptied, its storage kept).
    static func activityFindings(
        _ roadmap: Roadmap, file: String, seen: inout IDTable, warnings: (Int, String) -> [ScheduleWarning]
    ) -> [Finding] {
        var findings: [Finding] = []
        seen.removeAll()
        var position = -1
        for (s, section) in roadmap.sections.enumerated() {
            for a in section.activities.indices {
                // Fields are read in place; the place and label strings are built only for a finding.
                let id = section.activities[a].id
                let at = { "sections[\(s)].activities[\(a)]" }
                let label = { section.activities[a].label }
                if !seen.insert(id).inserted {
                    findings.append(
                        Finding(
                            .error, .duplicateID, file: file, location: at() + ".id",
                            ru: "мероприятие с id «\(id)» встречается дважды",
                            en: "activity id \"\(id)\" occurs twice"))
                }
                position += 1
                let warnings = warnings(position, section.activities[a].schedule)
                if warnings.isEmpty { continue }
                // A deadline copied unchanged from a parent repeats the parent's problems; they are
                // reported once, at the source.
                let inherited = section.activities[a].provenance?.schedule?.kind == .inherited
                for warning in warnings where !(inherited && warning.code == .outsidePeriod) {
                    let severity: Finding.Severity
                    let code: FindingCode
                    switch warning.code {
                    case .impossibleDate: (severity, code) = (.error, .impossibleDate)
                    case .reversedRange: (severity, code) = (.error, .impossibleDate)
                    case .outsidePeriod: (severity, code) = (.warning, .dateOutsidePeriod)
                    case .unparsed: (severity, code) = (.warning, .unparsedSchedule)
                    case .academicYearInCalendarPlan: (severity, code) = (.warning, .academicYearInCalendarPlan)
                    }
                    findings.append(
                        Finding(
                            severity, code, file: file, location: at() + ".schedule",
                            ru: "пункт \(label()): \(warning.message.ru)", en: "item \(label()): \(warning.message.en)"))
                }
            }
        }
        return findings
    }
}
