/// Finds the schools an activity's executors name («Руководители МБОУ СОШ № 2, МБОУ СОШ № 9»,
/// «Отдел образования МАОУ «ООШ п. Приморье»») among the register's schools and records their ids
/// in `Activity.responsibleSchools`.
package enum ResponsibleSchools {
    /// Resolves names against `schools` (matched by name, short name or the derived short form,
    /// quotes, case, spaces and «№» spelling ignored: `SchoolLookup`). Returns the number of activities that got at least one school.
    @discardableResult
    package static func resolve(_ roadmap: inout Roadmap, schools: [School]) -> Int {
        let lookup = SchoolLookup(schools)
        var resolved = 0
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices {
                let executors = roadmap.sections[s].activities[a].executors
                var ids: [SchoolID] = []
                for mention in PreambleReader.matches(PreambleReader.schoolPattern, in: executors) {
                    if let id = lookup.school(mention), !ids.contains(id) { ids.append(id) }
                }
                guard !ids.isEmpty else { continue }
                roadmap.sections[s].activities[a].responsibleSchools = ids
                resolved += 1
            }
        }
        return resolved
    }
}
