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

/// The five seed documents import with the counts and preamble facts read off the documents.
@Suite struct SeedImportTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var seed: Fixture.Seed
        var period: Period?
        var expectedPeriod: Period
        var layout: DocumentLayout
        var activities: Int
        /// Sections holding activities (a heading directly followed by another heading holds none).
        var sections: Int
        var targets: Int
        var tables: Int
        var issuer: String?
        var orderNumber: String?
        var orderDate: LocalDate?
        var titlePrefix: String

        var description: String { seed.rawValue }
    }

    static let expectations: [Expectation] = [
        Expectation(
            seed: .andropovsky, period: nil, expectedPeriod: .multiYear(from: 2022, through: 2025), layout: .markdownTable,
            activities: 38, sections: 6, targets: 9, tables: 1, issuer: nil, orderNumber: nil, orderDate: nil,
            titlePrefix: "Дорожная карта по организации ресурсной поддержки школ"),
        Expectation(
            seed: .svetlogorsk, period: nil, expectedPeriod: .multiYear(from: 2022, through: 2024), layout: .tabSeparated,
            activities: 15, sections: 3, targets: 0, tables: 0,
            issuer: "Администрация муниципального образования «Светлогорский городской округ»", orderNumber: "522",
            orderDate: LocalDate(year: 2022, month: 6, day: 3), titlePrefix: "План мероприятий («Дорожная карта»)"),
        Expectation(
            seed: .unnamed2020, period: .academicYear(startYear: 2020), expectedPeriod: .academicYear(startYear: 2020),
            layout: .plainText, activities: 48, sections: 4, targets: 0, tables: 0, issuer: nil, orderNumber: "81о/д",
            orderDate: LocalDate(year: 2020, month: 4, day: 27),
            titlePrefix: "Дорожная карта по реализации муниципальной программы"),
        Expectation(
            // Titled «на 2021-2022 учебный год», deadlines up to 28.02.2023: the period is widened
            // (with a note) so those 18 of 22 items are counted, not dropped.
            seed: .kavkazsky, period: nil,
            expectedPeriod: .custom(start: LocalDate(year: 2021, month: 9, day: 1)!, end: LocalDate(year: 2023, month: 2, day: 28)!),
            layout: .tabSeparated,
            activities: 22, sections: 3, targets: 0, tables: 0,
            issuer: "Управление образования администрации муниципального образования Кавказский район",
            orderNumber: "33/1", orderDate: LocalDate(year: 2022, month: 1, day: 17),
            titlePrefix: "Дорожная карта по работе со ШНОР и ШССУ"),
        Expectation(
            seed: .kaliningrad, period: nil, expectedPeriod: .calendarYear(2023), layout: .tabSeparated, activities: 32,
            sections: 5, targets: 0, tables: 0, issuer: "Министерство образования Калининградской области",
            orderNumber: "28/1", orderDate: LocalDate(year: 2023, month: 1, day: 13),
            titlePrefix: "План-график «дорожная карта» по оказанию адресной методической помощи"),
    ]

    static func load(_ e: Expectation) throws -> ImportedDocument {
        try RoadmapImporter.importDocument(
            text: try Fixture.text(e.seed.path), fileName: e.seed.rawValue, owner: .region, period: e.period)
    }

    @Test(arguments: expectations) func countsAndPreamble(_ e: Expectation) throws {
        let imported = try Self.load(e)
        let roadmap = imported.roadmap
        #expect(imported.report.layout == e.layout)
        #expect(roadmap.period == e.expectedPeriod)
        #expect(roadmap.activities.count == e.activities)
        #expect(roadmap.sections.filter { !$0.activities.isEmpty }.count == e.sections)
        #expect(roadmap.targets.count == e.targets)
        #expect(roadmap.tables.count == e.tables)
        #expect(roadmap.issuer == e.issuer)
        #expect(roadmap.order?.number == e.orderNumber)
        #expect(roadmap.order?.date == e.orderDate)
        #expect(roadmap.title.hasPrefix(e.titlePrefix))
        #expect(roadmap.source == e.seed.rawValue)
        #expect(Set(roadmap.activities.map(\.id)).count == roadmap.activities.count)
    }

    @Test func plainTextWithoutStatedPeriodNeedsOne() throws {
        let text = try Fixture.text(Fixture.Seed.unnamed2020.path)
        #expect(throws: ImportError.noPeriod(fileName: "002.txt")) {
            try RoadmapImporter.importDocument(text: text, fileName: "002.txt", owner: .region, period: nil)
        }
    }
}
