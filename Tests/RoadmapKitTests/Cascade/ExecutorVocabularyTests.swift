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

/// The programme's executor vocabulary across regions, and a new region's workspace without
/// another region's institutions.
@Suite struct ExecutorVocabularyTests {
    let resolver = ExecutorResolver(rules: .newRegion)

    /// Cells as other regions write them (seeds 000, 002, 003 and the second-region fixture),
    /// with the levels they name («s» school, «m» municipality, «r» region).
    static let otherRegionsCells: [(String, String)] = [
        ("Органы местного самоуправления, осуществляющие управление в сфере образования", "m"),
        ("органы местного самоуправления, осуществляющие управление в сфере образования, руководители ОО", "ms"),
        ("ОМСУ, ММС", "m"),
        ("Муниципальная методическая служба", "m"),
        ("Кураторы, ММС, руководители ОО", "rms"),
        ("ИРО", "r"),
        ("Институт развития образования", "r"),
        ("ЭОИРО, кураторы", "r"),
        ("КОИРО", "r"),
        ("СКИРО ПК и ПРО", "r"),
        ("ЦНППМ, руководители ОО", "rs"),
        ("ЦНППМПР", "r"),
        ("МОУО", "m"),
        ("Муниципальные координаторы", "m"),
        ("Руководители ОО, заместители директоров по УВР", "s"),
        ("Руководители общеобразовательных организаций", "s"),
    ]

    static func levels(_ code: String) -> Set<Level> {
        Set(code.map { $0 == "s" ? Level.school : $0 == "m" ? Level.municipality : Level.region })
    }

    @Test(arguments: otherRegionsCells)
    func otherRegionsWordings(cell: String, code: String) {
        let resolution = resolver.resolve(cell)
        #expect(resolution.levels == Self.levels(code), "\(resolution)")
        // Not split at the comma inside «…самоуправления, осуществляющие…»: nothing left over
        // except the words no rule is meant to know («ПК и ПРО», «по УВР»).
        #expect(resolution.unknown.allSatisfy { ["ПК ПРО", "по УВР", "ПК", "ПРО"].contains($0) }, "\(resolution.unknown)")
    }

    @Test func theCommaInsideTheOMSUPhraseDoesNotMakeABogusExecutor() {
        let resolution = resolver.resolve("Органы местного самоуправления, осуществляющие управление в сфере образования")
        #expect(resolution.unknown.isEmpty)
        #expect(resolution.owedByMunicipalities)
        #expect(!resolution.owedBySchools)
    }

    @Test func anAbbreviationMatchesOnlyWhenUpperCase() {
        #expect(resolver.resolve("Широко").levels.isEmpty)
        #expect(resolver.resolve("ЛОИРО").levels == [.region])
    }

    @Test func aNewRegionGetsNoKaliningradInstitutions() {
        let phrases = Set(CascadeRules.newRegion.executors.map(\.phrase))
        for rule in ExecutorVocabulary.kaliningradInstitutions { #expect(!phrases.contains(rule.phrase)) }
        let workspace = Workspace.new(regionName: "Энская область", period: .calendarYear(2024))
        #expect(!workspace.settings.rules.executors.contains { $0.phrase.contains("КОИРО") || $0.phrase.contains("ГБУ КО") })
        // Workspaces written before keep resolving Kaliningrad's cells as they did.
        let old = ExecutorResolver(rules: .programmeDefaults)
        #expect(old.resolve("ГБУ КО НОО «Центр развития» Руководители школ").unknown.isEmpty)
    }

    /// Each unknown wording once, with the exact line that teaches it.
    @Test func unknownWordingsAreReportedOnceWithTheLineToAdd() throws {
        let plan = try RoadmapImporter.importDocument(
            text: Fixture.text(Fixture.Seed.kaliningrad.path), fileName: "004", owner: .region, period: nil
        ).roadmap
        let unknown = UnknownWording.find(in: plan, rules: .newRegion)
        #expect(unknown.map(\.phrase) == ["ОЦДиК", "ГБУ КО НОО Центр развития"])
        #expect(unknown.map(\.items) == [["22"], ["25"]])
        #expect(unknown[0].line == #"{"phrase": "ОЦДиК", "role": "institution"}"#)
        #expect(unknown[0].message.ru.hasPrefix("исполнитель «ОЦДиК» (пункт 22) не известен"))
        var twice = unknown[0]
        twice.items = ["22", "23"]
        #expect(twice.message.ru.hasPrefix("исполнитель «ОЦДиК» (пункты 22, 23) не известен"))
        #expect(twice.message.en.hasPrefix("executor “ОЦДиК” (items 22, 23) is not"))
        // Adding the lines teaches them.
        var rules = CascadeRules.newRegion
        rules.executors.append(ExecutorRule(phrase: "ОЦДиК", role: .institution))
        rules.executors.append(ExecutorRule(phrase: "ГБУ КО НОО Центр развития", role: .institution))
        #expect(UnknownWording.find(in: plan, rules: rules).isEmpty)
    }

    @Test func validateNamesTheLineToAddToo() throws {
        var plan = Roadmap(owner: .region, title: "План", period: .calendarYear(2024))
        plan.sections = [
            RoadmapSection(
                title: "", activities: [Activity(id: "1", title: "x", schedule: "до 01.03.2024", executors: "ГАУ ДПО ЦОКО, ИРО")])
        ]
        let workspace = Workspace(
            settings: WorkspaceSettings(
                region: RegionInfo(id: "r", name: "R"), period: .calendarYear(2024), rules: .newRegion),
            regionalPlan: plan)
        let finding = try #require(Validator.validate(workspace).first { $0.code == .unknownExecutor })
        #expect(finding.message.ru.hasSuffix(#"добавьте в rules.executors: {"phrase": "ГАУ ДПО ЦОКО", "role": "institution"}"#))
    }
}
