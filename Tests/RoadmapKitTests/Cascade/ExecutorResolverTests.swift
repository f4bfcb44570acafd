import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

@Suite struct ExecutorResolverTests {
    let resolver = ExecutorResolver(rules: .programmeDefaults)

    /// Executor cells of the Kaliningrad plan (seed 004), space-joined as the document has them,
    /// with the levels they name («s» school, «m» municipality, «r» region).
    static let seed004Cells: [(String, String)] = [
        ("Руководители школ МОУО КОИРО", "smr"),
        ("Руководители школ", "s"),
        ("Региональный координатор", "r"),
        ("Региональный координатор Муниципальные координаторы Руководители школ", "rms"),
        ("Руководители МОУ, муниципальные координаторы", "m"),
        ("Кафедра общего образования Учителя школ", "rs"),
        ("ЦППМ Руководители школ", "rs"),
        ("Детский технопарк «Кванториум» Руководители школ Муниципальные координаторы", "rsm"),
        ("ГБУ КО НОО «Центр развития» Руководители школ Муниципальные координаторы", "rsm"),
        ("Руководители школ Муниципальные координаторы", "sm"),
    ]

    static func levels(_ code: String) -> Set<Level> {
        Set(code.map { $0 == "s" ? Level.school : $0 == "m" ? Level.municipality : Level.region })
    }

    @Test(arguments: seed004Cells)
    func kaliningradCells(cell: String, code: String) {
        let resolution = resolver.resolve(cell)
        #expect(resolution.levels == Self.levels(code))
        #expect(resolution.unknown.isEmpty, "unexpected unknown words \(resolution.unknown)")
    }

    @Test func institutionPhrasesArePrefixesSoShortVocabulariesStillResolve() {
        // The vocabulary a workspace may copy: «Кафедра» and «ГБУ КО НОО» without the full names.
        let short = CascadeRules(executors: [
            ExecutorRule(phrase: "Кафедра", role: .region), ExecutorRule(phrase: "ГБУ КО НОО", role: .institution),
            ExecutorRule(phrase: "Руководители школ", role: .school),
            ExecutorRule(phrase: "Учителя школ", role: .school),
            ExecutorRule(phrase: "Муниципальные координаторы", role: .municipality),
        ])
        let resolver = ExecutorResolver(rules: short)
        let a = resolver.resolve("Кафедра общего образования Учителя школ")
        #expect(a.levels == [.region, .school])
        #expect(a.unknown.isEmpty)
        let b = resolver.resolve("ГБУ КО НОО «Центр развития» Руководители школ Муниципальные координаторы")
        #expect(b.levels == [.region, .school, .municipality])
        #expect(b.unknown.isEmpty)
    }

    @Test func unknownExecutorsAreReportedNotSkipped() {
        let a = resolver.resolve("Отдел образования, МКУ «АМЦСО», руководители ОО")
        #expect(a.levels == [.municipality, .school])
        #expect(a.unknown == ["МКУ АМЦСО"])
        let b = resolver.resolve("Руководители ММО")
        #expect(b.levels.isEmpty)
        #expect(b.unknown == ["ММО"])
    }

    @Test func schoolRolesNameTheResponsibleInTheSchoolRoadmap() {
        #expect(resolver.resolve("Кафедра общего образования Учителя школ").schoolRoles == ["Руководитель ОО"])
        let custom = ExecutorResolver(
            rules: CascadeRules(executors: [ExecutorRule(phrase: "Учителя школ", role: .school, schoolRole: "Учителя ОО")]))
        #expect(custom.resolve("Учителя школ").schoolRoles == ["Учителя ОО"])
        #expect(resolver.resolve("Руководители школ МОУО КОИРО").schoolRoles == ["Руководитель ОО"])
    }

    /// Seed 000 (Andropovsky district) names its five schools in the executor cells.
    static let andropovsky: [School] = [
        ("sosh-2", "МБОУ СОШ № 2"), ("sosh-14", "МБОУ СОШ № 14"), ("oosh-6", "МБОУ ООШ № 6"), ("sosh-9", "МБОУ СОШ № 9"),
        ("oosh-15", "МБОУ ООШ № 15"), ("sosh-1", "МБОУ СОШ №1"),
    ].map { School(id: SchoolID($0.0), municipality: "andropovsky", name: $0.1, shortName: $0.1) }

    static let seed000Cells: [(String, [String])] = [
        ("Отдел образования, Руководители МБОУ СОШ № 2, МБОУ СОШ № 9", ["sosh-2", "sosh-9"]),
        ("Отдел образования, Руководитель МБОУ ООШ № 6", ["oosh-6"]),
        ("Отдел образования, МКУ «АМЦСО» МБОУ СОШ № 9 с. Султан", ["sosh-9"]),
        (
            "Отдел образования, МКУ «АМЦСО», руководители МБОУ СОШ № 2, МБОУ СОШ № 14, МБОУ ООШ № 6, МБОУ СОШ № 9, МБОУ ООШ № 15",
            ["sosh-2", "sosh-14", "oosh-6", "sosh-9", "oosh-15"]
        ),
        ("МКУ «АМЦСО», МБОУ СОШ № 1 им. П.М. Стратийчука с. Курсавка", ["sosh-1"]),
    ]

    @Test(arguments: seed000Cells)
    func namedSchools(cell: String, ids: [String]) {
        let resolver = ExecutorResolver(rules: .programmeDefaults, schools: Self.andropovsky)
        let resolution = resolver.resolve(cell)
        #expect(resolution.schools == ids.map { SchoolID($0) })
        #expect(resolution.owedBySchools)
    }

    @Test func svetlogorskNamesItsSchoolWithQuotes() {
        let school = School(
            id: "maou-oosh-primorye", municipality: "svetlogorsk",
            name: "Муниципальное автономное общеобразовательное учреждение «Основная общеобразовательная школа п. Приморье»",
            shortName: "МАОУ \"ООШ п.Приморье\"")
        let resolver = ExecutorResolver(rules: .programmeDefaults, schools: [school])
        let resolution = resolver.resolve("Отдел образования МАОУ «ООШ п. Приморье»")
        #expect(resolution.schools == ["maou-oosh-primorye"])
        #expect(resolution.levels == [.municipality, .school])
        #expect(resolution.unknown.isEmpty)
    }

    /// Leaving out schools whose first name word no cell has changes no resolution: on the example
    /// workspaces' municipal roadmaps, on the seed 000 cells that name schools, and on a cell that
    /// names a school only by its short name.
    @Test func resolvingCellsOnlyLeavesOutNoSchoolACellNames() throws {
        var cases: [(schools: [School], cells: [String])] = []
        for example in ["kaliningrad-2023", "andropovsky-2023"] {
            let workspace = try ExampleFiles.load(example).workspace
            for (id, roadmap) in workspace.municipalRoadmaps {
                cases.append((workspace.schools(in: id), roadmap.activities.map(\.executors)))
            }
        }
        cases.append((Self.andropovsky, Self.seed000Cells.map(\.0)))
        cases.append((Self.andropovsky, Self.seed000Cells.map(\.0) + ["Руководители школ", "КОИРО"]))
        // Named by the short name only (the full name starts «Муниципальное»).
        let primorye = School(
            id: "maou-oosh-primorye", municipality: "svetlogorsk",
            name: "Муниципальное автономное общеобразовательное учреждение «Основная общеобразовательная школа п. Приморье»",
            shortName: "МАОУ \"ООШ п.Приморье\"")
        cases.append(([primorye], ["Отдел образования МАОУ «ООШ п. Приморье»"]))
        var named = 0
        for (schools, cells) in cases {
            var memo = NameWordsMemo()
            let everyName = resolver.adding(schools: schools)
            let filtered = resolver.adding(schools: schools, names: &memo, resolving: cells)
            #expect(filtered.patterns.count <= everyName.patterns.count)
            for cell in cells {
                let resolution = filtered.resolve(cell)
                #expect(resolution == everyName.resolve(cell), "\(cell)")
                named += resolution.schools.count
            }
        }
        // The comparison must cover cells that do name schools.
        #expect(named >= Self.seed000Cells.count + 1)
        // A cell naming no school: no school name is tokenised at all.
        var memo = NameWordsMemo()
        let none = resolver.adding(schools: Self.andropovsky, names: &memo, resolving: ["Руководители школ"])
        #expect(none.patterns.count == resolver.patterns.count)
    }
}
