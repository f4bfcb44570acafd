import Foundation
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

@Suite struct UnitImporterTests {
    static let header = "Муниципалитет;Наименование ОО;Краткое наименование;Код;ШНОР;Рисковые направления\n"

    static func list(_ text: String, fileName: String = "schools.csv") throws -> SchoolList {
        try SchoolList.read(Data(text.utf8), fileName: fileName)
    }

    static func importing(_ text: String, into register: UnitRegister = UnitRegister()) throws -> UnitImportResult {
        UnitImporter.merge(try list(text), into: register, riskDirections: RiskDirections.programmeDefaults)
    }

    static func exampleCP1251() throws -> Data { try Fixture.data("register/schools-2023-cp1251.csv") }

    @Test func exampleListBuildsTheRegister() throws {
        let list = try SchoolList.read(Self.exampleCP1251(), fileName: "schools-2023.csv")
        let result = UnitImporter.merge(list, into: UnitRegister(), riskDirections: RiskDirections.programmeDefaults)
        #expect(!result.isRefused)
        #expect(result.findings.isEmpty)
        #expect(
            result.register.municipalities.map(\.id.rawValue) == [
                "svetlogorskiy", "gurevskiy", "chernyakhovskiy", "baltiyskiy", "nemanskiy",
            ])
        #expect(result.register.schools.count == 10)
        let primorye = try #require(result.register.schools.first)
        #expect(primorye.id == "maou-oosh-p-primore")
        #expect(primorye.municipality == "svetlogorskiy")
        #expect(primorye.flags == ProgrammeFlags(lowResults: true, difficultConditions: false, years: [2022, 2023]))
        #expect(result.register.schools.allSatisfy { $0.id.isSafeFileName })
        #expect(Set(result.register.schools.map(\.id)).count == 10)
    }

    /// A list with full legal names only: ids come from the usual short form, whole words, not
    /// a transliteration cut at 80 characters.
    @Test func aListWithoutShortNamesGivesReadableIdsFromTheUsualShortForm() throws {
        let table = try CSVReader.parse(
            TextDecoding.decodeWindows1251(Self.exampleCP1251()), fileName: "schools-2023.csv")
        let dropped = try #require(table.columnIndex(named: ["Краткое наименование"]))
        func without(_ fields: [String]) -> [String] { fields.enumerated().filter { $0.offset != dropped }.map(\.element) }
        let text = CSVWriter.write(
            header: without(table.header), rows: table.rows.map { without($0.fields) }, delimiter: ";")
        let result = UnitImporter.merge(
            try Self.list(text), into: UnitRegister(), riskDirections: RiskDirections.programmeDefaults)
        #expect(!result.isRefused)
        let schools = result.register.schools
        #expect(schools.count == 10)
        #expect(schools.first?.id == "maou-oosh-p-primore")
        #expect(schools.first?.shortName == "МАОУ «ООШ п. Приморье»")
        #expect(schools.dropFirst().first?.id == "maou-sosh-101")
        #expect(schools.dropFirst().first?.shortName == "МАОУ «СОШ № 101»")
        #expect(schools.allSatisfy { $0.id.rawValue.count <= 30 })
    }

    @Test func utf8AndWindows1251GiveTheSameRegister() throws {
        let cp1251 = try Self.exampleCP1251()
        let text = TextDecoding.decodeWindows1251(cp1251)
        let withBOM = Data(TextDecoding.utf8ByteOrderMark) + Data(text.utf8)
        // The same list as Excel writes "CSV UTF-8 (comma delimited)": BOM, commas.
        let table = try CSVReader.parse(text, fileName: "x")
        let commas = CSVWriter.write(header: table.header, rows: table.rows.map(\.fields), byteOrderMark: true)
        var registers: [UnitRegister] = []
        for data in [cp1251, Data(text.utf8), withBOM, Data(commas.utf8)] {
            let list = try SchoolList.read(data, fileName: "schools-2023.csv")
            registers.append(
                UnitImporter.merge(list, into: UnitRegister(), riskDirections: RiskDirections.programmeDefaults).register)
        }
        #expect(registers[0].schools.count == 10)
        #expect(registers.allSatisfy { $0 == registers[0] })
    }

    @Test func reimportOfTheSameListChangesNothing() throws {
        let list = try SchoolList.read(Self.exampleCP1251(), fileName: "schools-2023.csv")
        let first = UnitImporter.merge(list, into: UnitRegister(), riskDirections: RiskDirections.programmeDefaults)
        let second = UnitImporter.merge(list, into: first.register, riskDirections: RiskDirections.programmeDefaults)
        #expect(second.register == first.register)
        #expect(second.added.isEmpty && second.updated.isEmpty && second.newMunicipalities.isEmpty)
        #expect(second.unchanged.count == 10)
    }

    @Test func reimportUpdatesInPlaceByCodeOrNameAndReportsDisappearedSchools() throws {
        let first = try Self.importing(
            Self.header
                + "Светлогорский городской округ;МАОУ «ООШ п. Приморье»;;;нет;\n"
                + "Балтийский городской округ;МБОУ СОШ № 5;;3901000005;нет;\n"
                + "Балтийский городской округ;МБОУ СОШ № 6;;;нет;\n")
        #expect(first.added.count == 3)
        let ids = first.register.schools.map(\.id)
        // Renamed (matched by code), quotes and № spelled differently (matched by name), one gone.
        let second = try Self.importing(
            Self.header
                + "Балтийский городской округ;МБОУ «Средняя школа № 5 им. Героя»;СОШ 5;3901000005;да;Дефицит педагогических кадров\n"
                + "Светлогорский городской округ;МАОУ \"ООШ п.  Приморье\";;;да;\n",
            into: first.register)
        #expect(!second.isRefused)
        #expect(second.register.schools.count == 3)
        #expect(second.register.schools.map(\.id) == ids)
        #expect(second.added.isEmpty)
        #expect(Set(second.updated) == [ids[0], ids[1]])
        #expect(second.notInList == [ids[2]])
        let renamed = second.register.schools[1]
        #expect(renamed.name == "МБОУ «Средняя школа № 5 им. Героя»")
        #expect(renamed.shortName == "СОШ 5")
        #expect(renamed.flags.lowResults)
        #expect(renamed.riskDirections == ["Дефицит педагогических кадров"])
        #expect(second.register.schools[0].name == "МАОУ \"ООШ п. Приморье\"")
        let gone = try #require(second.findings.first { $0.code == .schoolNotInList })
        #expect(gone.severity == .warning)
        #expect(gone.message.ru.contains("МБОУ СОШ № 6"))
    }

    @Test func sameSchoolNameInTwoMunicipalitiesIsTwoSchools() throws {
        let result = try Self.importing(
            Self.header + "Балтийский городской округ;МБОУ СОШ № 1;;;;\nНеманский муниципальный округ;МБОУ СОШ № 1;;;;\n")
        #expect(!result.isRefused)
        #expect(result.register.schools.map(\.id.rawValue) == ["mbou-sosh-1", "mbou-sosh-1-2"])
    }

    @Test func twoRowsForTheSameSchoolAreRefused() throws {
        let result = try Self.importing(
            Self.header
                + "Балтийский городской округ;МБОУ СОШ № 5;;;;\n"
                + "Балтийский городской округ;МБОУ «СОШ №5»;;;;\n"
                + "Балтийский городской округ;МБОУ СОШ № 7;;111;;\n"
                + "Балтийский городской округ;МБОУ СОШ № 8;;111;;\n")
        #expect(result.isRefused)
        #expect(result.register == UnitRegister())
        let duplicates = result.findings.filter { $0.code == .duplicateSchool }
        #expect(duplicates.map(\.location) == ["3", "5"])
        #expect(duplicates[0].message.ru.contains("уже есть в строке 2"))
        #expect(duplicates[1].message.en.contains("already listed on line 4"))
    }

    @Test func municipalitySpelledTwoWaysInTheFileIsRefused() throws {
        let result = try Self.importing(
            Self.header
                + "Светлогорский городской округ;МАОУ «ООШ п. Приморье»;;;;\n"
                + "Балтийский городской округ;МБОУ СОШ № 5;;;;\n"
                + "Светлогорский ГО;МАОУ СОШ № 1 г. Светлогорска;;;;\n")
        #expect(result.isRefused)
        let finding = try #require(result.findings.first)
        #expect(finding.code == .municipalitySpelling)
        #expect(finding.location == "4")
        #expect(
            finding.formatted(.ru)
                == "schools.csv:4: error: [municipality-spelling] муниципалитет «Светлогорский ГО» написан иначе, чем «Светлогорский городской округ» в строке 2; напишите одинаково"
        )
    }

    @Test func municipalitySpelledDifferentlyFromTheRegisterIsRefusedUnlessItIsAnAlias() throws {
        var register = try Self.importing(Self.header + "Светлогорский городской округ;МАОУ «ООШ п. Приморье»;;;;\n").register
        let text = Self.header + "Светлогорский ГО;МАОУ «ООШ п. Приморье»;;;;\n"
        let refused = try Self.importing(text, into: register)
        #expect(refused.isRefused)
        #expect(refused.findings.map(\.code) == [.municipalitySpelling])
        #expect(refused.findings[0].message.ru.contains("добавьте это написание в aliases"))
        #expect(refused.register == register)

        register.municipalities[0].aliases = ["Светлогорский ГО"]
        let accepted = try Self.importing(text, into: register)
        #expect(!accepted.isRefused)
        #expect(accepted.unchanged.count == 1)
        #expect(accepted.register.municipalities.count == 1)
    }

    @Test func aRegisteredNameAndItsAliasMayBothBeUsed() throws {
        let register = UnitRegister(municipalities: [
            Municipality(id: "svetlogorsk", name: "Светлогорский городской округ", aliases: ["Светлогорский ГО"])
        ])
        let result = try Self.importing(
            Self.header + "Светлогорский городской округ;Школа 1;;;;\nСветлогорский ГО;Школа 2;;;;\n"
                + "Светлогорский р-н;Школа 3;;;;\nСветлогорский р-н;Школа 4;;;;\n", into: register)
        // The alias is fine; «р-н» is a third spelling, reported once, on its first row.
        #expect(result.findings.map(\.code) == [.municipalitySpelling])
        #expect(result.findings.map(\.location) == ["4"])
        #expect(result.findings[0].message.ru.contains("«Светлогорский р-н» написан иначе, чем «Светлогорский городской округ» в строке 2"))
    }

    @Test func unknownRiskDirectionsAreWarnedAndKeptKnownOnesTakeTheConfiguredSpelling() throws {
        let result = try Self.importing(
            Self.header
                + "Балтийский городской округ;МБОУ СОШ № 5;;;;\"дефицит  педагогических кадров;\nПлохая погода\"\n")
        #expect(!result.isRefused)
        #expect(result.register.schools[0].riskDirections == ["Дефицит педагогических кадров", "Плохая погода"])
        let warning = try #require(result.findings.first)
        #expect(warning.code == .unknownRiskDirection)
        #expect(warning.severity == .warning)
        #expect(warning.location == "2")
        #expect(warning.message.ru.contains("«Плохая погода»"))
    }

    @Test func everyBadRowIsReportedInOneRun() throws {
        let result = try Self.importing(
            Self.header
                + "Балтийский городской округ;;;;;\n"
                + "Балтийский городской округ;МБОУ СОШ № 5;;;может быть;\n"
                + "Балтийский ГО;МБОУ СОШ № 6;;;;\n"
                + "Балтийский городской округ;МБОУ СОШ № 5;;;;\n")
        #expect(result.isRefused)
        #expect(result.findings.map(\.code) == [.emptySchoolName, .invalidCell, .municipalitySpelling, .duplicateSchool])
        #expect(result.findings.map(\.location) == ["2", "3", "4", "5"])
        #expect(result.added.isEmpty && result.notInList.isEmpty)
    }

    @Test func idCollisionsGetASuffixAndExistingIdsAreKept() throws {
        let register = UnitRegister(
            municipalities: [Municipality(id: "baltiyskiy", name: "Балтийск (вручную)")],
            schools: [School(id: "mbou-sosh-5", municipality: "baltiyskiy", name: "Другая школа", shortName: "МБОУ СОШ 5")])
        let result = try Self.importing(
            Self.header + "Балтийский муниципальный район;Средняя школа № 5;МБОУ СОШ № 5;;;\n", into: register)
        #expect(!result.isRefused)
        #expect(result.register.municipalities.map(\.id.rawValue) == ["baltiyskiy", "baltiyskiy-2"])
        #expect(result.register.schools.map(\.id.rawValue) == ["mbou-sosh-5", "mbou-sosh-5-2"])
        #expect(result.register.schools[1].municipality == "baltiyskiy-2")
    }

    @Test func idsAreSafeUniqueAndStable() throws {
        let text =
            Self.header + "../../etc;«»;;;;\n../../etc;МБОУ/СОШ\\1;;;;\nГО;«МБОУ» СОШ 1;;;;\n"
        let a = try Self.importing(text)
        let b = try Self.importing(text)
        #expect(!a.isRefused)
        #expect(a.register == b.register)
        let ids = a.register.schools.map(\.id.rawValue) + a.register.municipalities.map(\.id.rawValue)
        #expect(ids.allSatisfy(Identifiers.isSafeFileName))
        #expect(a.register.municipalities.map(\.id.rawValue) == ["etc", "go"])
        #expect(a.register.schools.map(\.id.rawValue) == [Transliteration.slug("«»"), "mbou-sosh-1", "mbou-sosh-1-2"])
    }
}

@Suite struct ExampleSchoolsListTests {
    /// Examples/schools-2023.csv and the hand-written Examples/kaliningrad-2023/units.json describe the
    /// same register (ids aside: the example workspace chose short ids by hand).
    @Test func exampleListMatchesTheExampleWorkspaceRegister() throws {
        let root = Fixture.repositoryRoot.appendingPathComponent("Examples")
        let data = try Data(contentsOf: root.appendingPathComponent("schools-2023.csv"))
        #expect(TextDecoding.decode(data).encoding == .windows1251)
        let list = try SchoolList.read(data, fileName: "schools-2023.csv")
        let imported = UnitImporter.merge(list, into: UnitRegister(), riskDirections: RiskDirections.programmeDefaults)
        #expect(imported.findings.isEmpty)
        let example = try JSONFileCodec.decodeVersioned(
            UnitRegister.self, from: Data(contentsOf: root.appendingPathComponent("kaliningrad-2023/units.json")),
            path: "units.json")
        #expect(imported.register.municipalities.map(\.name) == example.municipalities.map(\.name))
        func facts(_ register: UnitRegister) -> [String] {
            register.schools.map { school in
                let municipality = register.municipalities.first { $0.id == school.municipality }?.name ?? "?"
                return [
                    municipality, school.name, school.shortName ?? "", "\(school.flags)",
                    school.riskDirections.joined(separator: "|"), school.responsible ?? "",
                ].joined(separator: " / ")
            }
        }
        #expect(facts(imported.register) == facts(example))
    }
}
