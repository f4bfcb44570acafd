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

/// Every regional indicator of the Kaliningrad 2023 plan (seed 004), as written.
@Suite struct IndicatorTests {
    @Test(arguments: [
        ("100% от количества школ участниц", Indicator.share(percent: 100, of: .schools)),
        ("100% от числа школ участниц", .share(percent: 100, of: .schools)),
        ("100% от числа муниципалитетов участниц", .share(percent: 100, of: .municipalities)),
        ("Не менее 50% от общего числа учителей", .share(percent: 50, of: .people)),
        ("100% МОУО и ОО", .share(percent: 100, of: .municipalitiesAndSchools)),
        ("75% МОУО ОО", .share(percent: 75, of: .municipalitiesAndSchools)),
        ("50% МОУО и ОО", .share(percent: 50, of: .municipalitiesAndSchools)),
        ("100% ОО из числа участниц", .share(percent: 100, of: .schools)),
        ("Участие не менее 50% школ", .share(percent: 50, of: .schools)),
        ("Не менее 5 мероприятий", .count(atLeast: 5, unit: "мероприятий")),
        ("Не менее 3 мероприятий", .count(atLeast: 3, unit: "мероприятий")),
        ("Участие не менее в 5 ассоциаций", .count(atLeast: 5, unit: "ассоциаций")),
        ("Не менее 2 публикаций", .count(atLeast: 2, unit: "публикаций")),
        ("50 чел.", .persons(atLeast: 50)),
        ("не реже 1 раза в месяц", .frequency(times: 1, per: .month)),
        ("не менее 1 раза в месяц", .frequency(times: 1, per: .month)),
    ])
    func understandsTheRegionalIndicators(_ text: String, _ expected: Indicator) {
        #expect(Indicator(parsing: text) == expected)
    }

    @Test(arguments: ["Квота Академии Повышение квалификации по ФГОС, плановое", "Интернет-страница на сайте КОИРО", ""])
    func keepsWhatItCannotEvaluateAsText(_ text: String) {
        let indicator = Indicator(parsing: text)
        #expect(indicator == .text(text))
        #expect(!indicator.isStructured)
    }

    /// «ОО» (общеобразовательные организации) counts as schools only as a word of its own.
    @Test(arguments: [
        ("100% ОО", true), ("ОО: 100%", true), ("100% от числа оо-участниц", true), ("оо", true),
        ("100% соотношение", false), ("100% ооо", false), ("школа", false), ("", false), ("о", false),
        ("100%\u{a0}ОО региона", true),
    ])
    func oneWordOOMeansSchools(_ text: String, _ isWord: Bool) {
        let lower = text.lowercased().replacingOccurrences(of: "\u{a0}", with: " ")
        #expect(Indicator.hasWordOO(lower) == isWord, "\(text)")
        // The pattern this check replaces says the same.
        let pattern = lower.range(of: #"(^|[^а-яё])оо([^а-яё]|$)"#, options: .regularExpression) != nil
        #expect(pattern == isWord, "\(text)")
    }
}
