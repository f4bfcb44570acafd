/// Merges a participating-schools list into a workspace's register of units.
///
/// Schools are matched by code, else by normalised name (`UnitNameMatching.schoolKey`), so a
/// re-import updates them in place and keeps their ids; schools the list no longer names are
/// reported, never deleted. Municipalities are matched by name or alias and created as needed.
/// When any error is found the result's register is the old one unchanged (`isRefused`).
package enum UnitImporter {
    /// Merges `list` into `register`. `riskDirections` is the workspace's configured list.
    package static func merge(_ list: SchoolList, into register: UnitRegister, riskDirections: [String])
        -> UnitImportResult
    {
        var merger = Merger(list: list, register: register, riskDirections: riskDirections)
        merger.run()
        let refused = merger.findings.contains { $0.severity == .error }
        return UnitImportResult(
            register: refused ? register : merger.register, fileName: list.fileName, encoding: list.encoding,
            delimiter: list.delimiter, rows: list.entries.count,
            added: refused ? [] : merger.added, updated: refused ? [] : merger.updated,
            unchanged: refused ? [] : merger.unchanged, notInList: refused ? [] : merger.notInList,
            newMunicipalities: refused ? [] : merger.newMunicipalities,
            findings: Finding.sortedByLine(
                refused ? merger.findings.filter { $0.code != .schoolNotInList } : merger.findings))
    }

    private struct Merger {
        let list: SchoolList
        var register: UnitRegister
        let riskDirections: [String]
        var findings: [Finding]
        var added: [SchoolID] = []
        var updated: [SchoolID] = []
        var unchanged: [SchoolID] = []
        var notInList: [SchoolID] = []
        var newMunicipalities: [MunicipalityID] = []
        /// Registered schools by lowercased code, and by municipality and name key (first wins).
        let schoolsByCode: [String: Int]
        let schoolsByName: [String: Int]
        var takenSchoolIDs: Set<String>
        /// Municipality spellings already resolved in this file (nil: refused).
        var verdicts: [String: MunicipalityID?] = [:]

        /// A municipality spelling met in the file, its first row and what it resolved to.
        struct Spelling {
            var name: String
            var line: Int
            var id: MunicipalityID?
        }

        init(list: SchoolList, register: UnitRegister, riskDirections: [String]) {
            self.list = list
            self.register = register
            self.riskDirections = riskDirections
            self.findings = list.findings
            var byCode: [String: Int] = [:]
            var byName: [String: Int] = [:]
            for (index, school) in register.schools.enumerated() {
                if let code = school.code?.lowercased(), byCode[code] == nil { byCode[code] = index }
                for name in [school.name, school.shortName].compactMap({ $0 }) {
                    let key = Self.nameKey(name, in: school.municipality)
                    if byName[key] == nil { byName[key] = index }
                }
            }
            schoolsByCode = byCode
            schoolsByName = byName
            takenSchoolIDs = Set(register.schools.map(\.id.rawValue))
        }

        static func nameKey(_ name: String, in municipality: MunicipalityID) -> String {
            municipality.rawValue + "\u{1F}" + UnitNameMatching.schoolKey(name)
        }

        mutating func run() {
            var seenSchools: [Int: Int] = [:]  // register index → line that matched it
            var seenKeys: [String: Int] = [:]  // code or name key → line
            var spellings: [String: Spelling] = [:]  // municipality key → first row with that spelling
            for entry in list.entries {
                guard let municipality = municipalityID(for: entry, spellings: &spellings) else { continue }
                let nameKey = "name:\(municipality):" + UnitNameMatching.schoolKey(entry.name)
                let keys = [entry.code.map { "code:" + $0.lowercased() }, nameKey].compactMap { $0 }
                if let key = keys.first(where: { seenKeys[$0] != nil }), let earlier = seenKeys[key] {
                    duplicate(entry, earlier: earlier)
                    continue
                }
                for key in keys { seenKeys[key] = entry.line }
                let risks = canonicalRisks(entry)
                if let index = match(entry, in: municipality) {
                    if let earlier = seenSchools[index] {
                        duplicate(entry, earlier: earlier)
                        continue
                    }
                    seenSchools[index] = entry.line
                    let before = register.schools[index]
                    let after = apply(entry, risks: risks, to: before, municipality: municipality)
                    register.schools[index] = after
                    if before == after { unchanged.append(after.id) } else { updated.append(after.id) }
                } else {
                    let school = apply(
                        entry, risks: risks,
                        to: School(id: newSchoolID(for: entry), municipality: municipality, name: entry.name),
                        municipality: municipality)
                    seenSchools[register.schools.count] = entry.line
                    register.schools.append(school)
                    takenSchoolIDs.insert(school.id.rawValue)
                    added.append(school.id)
                }
            }
            for (index, school) in register.schools.enumerated() where seenSchools[index] == nil {
                notInList.append(school.id)
                findings.append(
                    Finding(
                        .warning, .schoolNotInList, file: list.fileName,
                        ru: "школы «\(school.displayName)» (\(school.id)) нет в списке; она оставлена в реестре",
                        en: "school \"\(school.displayName)\" (\(school.id)) is not in the list; it stays in the register"
                    ))
            }
        }

        /// The register index of the school a row names: same code first, else the same name key
        /// within the municipality (many municipalities have a «СОШ № 1»).
        func match(_ entry: SchoolListEntry, in municipality: MunicipalityID) -> Int? {
            if let code = entry.code?.lowercased(), let index = schoolsByCode[code] { return index }
            return [entry.name, entry.shortName].compactMap { $0 }.lazy
                .compactMap { schoolsByName[Self.nameKey($0, in: municipality)] }.first
        }

        func apply(_ entry: SchoolListEntry, risks: [String], to school: School, municipality: MunicipalityID)
            -> School
        {
            var school = school
            school.municipality = municipality
            school.name = entry.name
            if let shortName = entry.shortName {
                school.shortName = shortName
            } else if school.shortName == nil {
                school.shortName = SchoolShortName.derive(from: entry.name)
            }
            if let code = entry.code { school.code = code }
            if let value = entry.lowResults { school.flags.lowResults = value }
            if let value = entry.difficultConditions { school.flags.difficultConditions = value }
            if let value = entry.participant500 { school.flags.participant500 = value }
            if !entry.years.isEmpty { school.flags.years = entry.years }
            if list.columns[.riskDirections] != nil { school.riskDirections = risks }
            if let responsible = entry.responsible { school.responsible = responsible }
            return school
        }

        mutating func duplicate(_ entry: SchoolListEntry, earlier: Int) {
            findings.append(
                Finding(
                    .error, .duplicateSchool, file: list.fileName, location: String(entry.line),
                    ru: "школа «\(entry.name)» уже есть в строке \(earlier) (тот же код или то же наименование)",
                    en: "school \"\(entry.name)\" is already listed on line \(earlier) (same code or same name)"))
        }

        /// Risk directions spelled as the configured list spells them; unknown ones kept and reported.
        mutating func canonicalRisks(_ entry: SchoolListEntry) -> [String] {
            let known = Dictionary(
                riskDirections.map { (UnitNameMatching.municipalityKey($0), $0) }, uniquingKeysWith: { a, _ in a })
            return entry.riskDirections.map { risk in
                if let canonical = known[UnitNameMatching.municipalityKey(risk)] { return canonical }
                findings.append(
                    Finding(
                        .warning, .unknownRiskDirection, file: list.fileName, location: String(entry.line),
                        ru: "рисковое направление «\(risk)» не входит в список workspace.json (riskDirections); оставлено как есть",
                        en: "risk direction \"\(risk)\" is not in workspace.json's list (riskDirections); kept as written"))
                return risk
            }
        }

        /// The municipality a row belongs to, created when new; nil (with an error, reported on the
        /// first row that uses the spelling) when the name looks like another spelling of a
        /// municipality seen before in the file or in the register.
        mutating func municipalityID(for entry: SchoolListEntry, spellings: inout [String: Spelling]) -> MunicipalityID? {
            let key = UnitNameMatching.municipalityKey(entry.municipality)
            if let verdict = verdicts[key] { return verdict }
            let verdict = resolveMunicipality(entry, key: key, spellings: &spellings)
            verdicts[key] = verdict
            return verdict
        }

        mutating func resolveMunicipality(_ entry: SchoolListEntry, key: String, spellings: inout [String: Spelling])
            -> MunicipalityID?
        {
            if let existing = register.municipalities.first(where: { m in
                ([m.name] + m.aliases).contains { UnitNameMatching.municipalityKey($0) == key }
            }) {
                spellings[key] = Spelling(name: entry.municipality, line: entry.line, id: existing.id)
                if let clash = spellingClash(entry, key: key, resolvedTo: existing.id, spellings: spellings) {
                    report(entry, clash: clash)
                    return nil
                }
                return existing.id
            }
            if let clash = spellingClash(entry, key: key, resolvedTo: nil, spellings: spellings) {
                report(entry, clash: clash)
                return nil
            }
            if let registered = register.municipalities.first(where: {
                UnitNameMatching.looksLikeSameMunicipality($0.name, entry.municipality)
            }) {
                findings.append(
                    Finding(
                        .error, .municipalitySpelling, file: list.fileName, location: String(entry.line),
                        ru:
                            "муниципалитет «\(entry.municipality)» похож на «\(registered.name)» из реестра (\(registered.id)); напишите так же или добавьте это написание в aliases в units.json",
                        en:
                            "municipality \"\(entry.municipality)\" looks like the registered \"\(registered.name)\" (\(registered.id)); spell it the same way or add this spelling to its aliases in units.json"
                    ))
                return nil
            }
            let municipality = Municipality(id: newMunicipalityID(for: entry.municipality), name: entry.municipality)
            spellings[key] = Spelling(name: entry.municipality, line: entry.line, id: municipality.id)
            register.municipalities.append(municipality)
            newMunicipalities.append(municipality.id)
            return municipality.id
        }

        /// An earlier, different spelling in this file that looks like the same municipality but is
        /// not registered as the same one (a name and its alias may both be used).
        func spellingClash(_ entry: SchoolListEntry, key: String, resolvedTo id: MunicipalityID?, spellings: [String: Spelling])
            -> Spelling?
        {
            spellings.values.filter { spelling in
                UnitNameMatching.municipalityKey(spelling.name) != key && (id == nil || spelling.id != id)
                    && UnitNameMatching.looksLikeSameMunicipality(spelling.name, entry.municipality)
            }.min { $0.line < $1.line }
        }

        mutating func report(_ entry: SchoolListEntry, clash: Spelling) {
            findings.append(
                Finding(
                    .error, .municipalitySpelling, file: list.fileName, location: String(entry.line),
                    ru:
                        "муниципалитет «\(entry.municipality)» написан иначе, чем «\(clash.name)» в строке \(clash.line); напишите одинаково",
                    en:
                        "municipality \"\(entry.municipality)\" is spelled differently from \"\(clash.name)\" on line \(clash.line); use one spelling"
                ))
        }

        func newSchoolID(for entry: SchoolListEntry) -> SchoolID {
            let name = entry.shortName ?? SchoolShortName.derive(from: entry.name) ?? entry.name
            return SchoolID(unique(Transliteration.slug(name), taken: takenSchoolIDs))
        }

        /// The slug of the name without its kind words («Светлогорский городской округ» → `svetlogorskiy`),
        /// short enough to type in `--municipality`; the whole name when it is nothing but kind words.
        func newMunicipalityID(for name: String) -> MunicipalityID {
            let root = UnitNameMatching.municipalityRoot(name)
            let base = Transliteration.slug(root.isEmpty ? name : root)
            return MunicipalityID(unique(base, taken: Set(register.municipalities.map(\.id.rawValue))))
        }

        /// `base`, or `base-2`, `base-3` … when taken.
        func unique(_ base: String, taken: Set<String>) -> String {
            guard taken.contains(base) else { return base }
            var n = 2
            while taken.contains("\(base)-\(n)") { n += 1 }
            return "\(base)-\(n)"
        }
    }
}

/// What an import of a schools list did (or would have done).
package struct UnitImportResult: Hashable, Sendable {
    /// The register after the import; the old register unchanged when the import is refused.
    package var register: UnitRegister
    package var fileName: String
    package var encoding: TextEncodingKind
    package var delimiter: Character
    /// School rows read.
    package var rows: Int
    package var added: [SchoolID]
    package var updated: [SchoolID]
    package var unchanged: [SchoolID]
    /// Registered schools the list does not name (kept).
    package var notInList: [SchoolID]
    package var newMunicipalities: [MunicipalityID]
    /// Errors and warnings, by line.
    package var findings: [Finding]

    /// Whether errors stop the import (the register must not be written).
    package var isRefused: Bool { findings.contains { $0.severity == .error } }
}

extension Finding {
    /// Findings of one file ordered by line (file-level first), errors before warnings on a line.
    static func sortedByLine(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            let lineA = a.element.location.flatMap { Int($0) } ?? 0
            let lineB = b.element.location.flatMap { Int($0) } ?? 0
            if lineA != lineB { return lineA < lineB }
            return a.offset < b.offset
        }.map(\.element)
    }
}
