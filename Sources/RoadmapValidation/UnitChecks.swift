/// Register checks: safe and unique ids, schools in known municipalities.
enum UnitChecks {
    static let check: Validator.Check = { workspace, _ in
        var findings: [Finding] = []
        let file = WorkspaceLayout.unitsFile
        if !workspace.settings.region.id.isSafeFileName {
            findings.append(unsafe(workspace.settings.region.id.rawValue, file: WorkspaceLayout.settingsFile, at: "region.id"))
        }
        var municipalities: Set<MunicipalityID> = []
        for (i, m) in workspace.units.municipalities.enumerated() {
            let at = "municipalities[\(i)].id"
            if !m.id.isSafeFileName { findings.append(unsafe(m.id.rawValue, file: file, at: at)) }
            if !municipalities.insert(m.id).inserted {
                findings.append(
                    Finding(
                        .error, .duplicateID, file: file, location: at,
                        ru: "муниципалитет «\(m.id)» указан дважды", en: "municipality \"\(m.id)\" is listed twice"))
            }
        }
        var schools: Set<SchoolID> = []
        for (i, s) in workspace.units.schools.enumerated() {
            let at = "schools[\(i)]"
            if !s.id.isSafeFileName { findings.append(unsafe(s.id.rawValue, file: file, at: at + ".id")) }
            if !schools.insert(s.id).inserted {
                findings.append(
                    Finding(
                        .error, .duplicateID, file: file, location: at + ".id",
                        ru: "школа «\(s.id)» указана дважды", en: "school \"\(s.id)\" is listed twice"))
            }
            if !municipalities.contains(s.municipality) {
                findings.append(
                    Finding(
                        .error, .unknownID, file: file, location: at + ".municipality",
                        ru: "школа «\(s.id)» относится к неизвестному муниципалитету «\(s.municipality)»",
                        en: "school \"\(s.id)\" belongs to unknown municipality \"\(s.municipality)\""))
            }
        }
        return findings
    }

    static func unsafe(_ id: String, file: String, at location: String) -> Finding {
        Finding(
            .error, .unsafeID, file: file, location: location,
            ru: "идентификатор «\(id)» нельзя использовать как имя файла (допустимы A-Z a-z 0-9 . _ -)",
            en: "id \"\(id)\" cannot be used as a file name (allowed: A-Z a-z 0-9 . _ -)")
    }
}
