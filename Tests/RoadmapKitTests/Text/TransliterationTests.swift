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

@Suite struct TransliterationTests {
    @Test(arguments: [
        ("Светлогорский городской округ", "svetlogorskiy-gorodskoy-okrug"),
        ("МАОУ «ООШ п. Приморье»", "maou-oosh-p-primore"),
        ("МБОУ СОШ № 1 г. Черняховска", "mbou-sosh-1-g-chernyakhovska"),
        ("Калининградская область", "kaliningradskaya-oblast"),
        ("Щёлково  —  Жуковка", "shchelkovo-zhukovka"),
        ("Гусевский ГО (2023)", "gusevskiy-go-2023"),
        ("School #5, Zelenogradsk", "school-5-zelenogradsk"),
        ("Цех Юности Хэ", "tsekh-yunosti-khe"),
    ])
    func slugs(_ name: String, _ expected: String) {
        #expect(Transliteration.slug(name) == expected)
    }

    @Test(arguments: ["", "   ", "«»", "№", "😀", "...", "中文"])
    func slugIsNeverEmptyAndStable(_ name: String) {
        let slug = Transliteration.slug(name)
        #expect(slug.hasPrefix("id-"))
        #expect(Identifiers.isSafeFileName(slug))
        #expect(Transliteration.slug(name) == slug)
    }

    @Test func differentSymbolOnlyNamesGetDifferentSlugs() {
        #expect(Transliteration.slug("«»") != Transliteration.slug("№"))
    }

    @Test func longNamesAreCutWithoutTrailingDash() {
        let name = String(repeating: "Муниципальное автономное общеобразовательное учреждение ", count: 4)
        let slug = Transliteration.slug(name)
        #expect(slug.count <= Transliteration.maximumSlugLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasPrefix("munitsipalnoe-avtonomnoe-obshcheobrazovatelnoe-uchrezhdenie"))
    }

    @Test func everySlugFromTheSeedLinesIsASafeFileName() throws {
        for seed in Fixture.Seed.allCases {
            for line in try Fixture.text(seed.path).split(separator: "\n").prefix(200) {
                let slug = Transliteration.slug(String(line))
                #expect(Identifiers.isSafeFileName(slug), "\(line)")
                #expect(slug.count <= Transliteration.maximumSlugLength)
                #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
            }
        }
    }

    @Test func latinKeepsCaseAndNonCyrillicText() {
        #expect(Transliteration.latin("Щука и Ёж, 2023") == "Shchuka i Ezh, 2023")
    }
}
