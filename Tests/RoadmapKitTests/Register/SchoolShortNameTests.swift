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

@Suite struct SchoolShortNameTests {
    @Test(arguments: [
        (
            "Муниципальное автономное общеобразовательное учреждение «Основная общеобразовательная школа п. Приморье»",
            "МАОУ «ООШ п. Приморье»"
        ),
        (
            "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 102» (условная школа, пример)",
            "МБОУ «СОШ № 102»"
        ),
        (
            "Муниципальное казённое общеобразовательное учреждение \"Средняя общеобразовательная школа №9 с. Султан\"",
            "МКОУ «СОШ № 9 с. Султан»"
        ),
        (
            "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 1 имени П.М. Стратийчука с. Курсавка",
            "МБОУ «СОШ № 1 им. П.М. Стратийчука с. Курсавка»"
        ),
        ("Государственное бюджетное общеобразовательное учреждение «Лицей № 5»", "ГБОУ «Лицей № 5»"),
        ("Муниципальное общеобразовательное учреждение «Гимназия»", "МОУ «Гимназия»"),
        ("Средняя общеобразовательная школа № 5", "СОШ № 5"),
    ])
    func legalNamesShorten(legal: String, expected: String) {
        #expect(SchoolShortName.derive(from: legal) == expected)
    }

    @Test(arguments: ["МБОУ «СОШ № 3»", "МАОУ «ООШ п. Приморье»", "Школа будущего", "", "   "])
    func namesWithNothingToShortenGiveNil(name: String) {
        #expect(SchoolShortName.derive(from: name) == nil)
    }

    @Test func theIdIsReadableAndWhole() {
        let legal =
            "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа с. Луговое»"
        let short = SchoolShortName.derive(from: legal)
        #expect(short == "МБОУ «ООШ с. Луговое»")
        #expect(Transliteration.slug(short ?? legal) == "mbou-oosh-s-lugovoe")
    }
}
