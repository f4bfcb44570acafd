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

@Suite struct UnitNameMatchingTests {
    @Test(arguments: [
        ("МАОУ «ООШ п. Приморье»", "маоу \"ООШ  п.Приморье\""),
        ("МБОУ СОШ № 1", "мбоу сош N1"),
        ("МБОУ «СОШ №1»", "МБОУ СОШ n 1"),
        ("Школа «Ёлочка»", "школа елочка"),
    ])
    func sameSchoolKeys(_ a: String, _ b: String) {
        #expect(UnitNameMatching.schoolKey(a) == UnitNameMatching.schoolKey(b))
    }

    @Test func differentSchoolsDiffer() {
        #expect(UnitNameMatching.schoolKey("МБОУ СОШ № 1") != UnitNameMatching.schoolKey("МБОУ СОШ № 11"))
    }

    @Test(arguments: [
        ("Светлогорский ГО", "Светлогорский городской округ"),
        ("Гурьевский МО", "Гурьевский муниципальный округ"),
        ("Зеленоградский р-н", "Зеленоградский район"),
        ("Светлогорский городской округ", "муниципальное образование «Светлогорский городской округ»"),
        ("Черняховский муниципальный округ", "Черняховскй муниципальный округ"),
        ("Город Калининград", "городской округ «Город Калининград»"),
    ])
    func sameMunicipalityWrittenTwoWays(_ a: String, _ b: String) {
        #expect(UnitNameMatching.looksLikeSameMunicipality(a, b))
    }

    @Test(arguments: [
        ("Светлогорский городской округ", "Светловский городской округ"),
        ("Гурьевский муниципальный округ", "Гусевский городской округ"),
        ("Балтийский городской округ", "Полесский муниципальный округ"),
        ("городской округ", "муниципальный район"),
    ])
    func differentMunicipalities(_ a: String, _ b: String) {
        #expect(!UnitNameMatching.looksLikeSameMunicipality(a, b))
    }
}
