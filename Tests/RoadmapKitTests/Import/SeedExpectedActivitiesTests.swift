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

/// Each seed's activities against an expected table written from the document itself
/// (`Fixtures/import/expected/<seed>.tsv`: id, number, title, schedule, executors, documents).
@Suite struct SeedExpectedActivitiesTests {
    struct Row: Equatable, CustomStringConvertible {
        var id, number, title, schedule, executors, documents: String
        var description: String { "\(id) | \(number) | \(title) | \(schedule) | \(executors) | \(documents)" }
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func expected(_ seed: Fixture.Seed) throws -> [Row] {
        let name = seed.rawValue.replacingOccurrences(of: ".txt", with: ".tsv")
        let lines = try Fixture.text("import/expected/" + name).split(separator: "\n").dropFirst()
        return lines.map { line in
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map { collapse(String($0)) }
            return Row(id: c[0], number: c[1], title: c[2], schedule: c[3], executors: c[4], documents: c[5])
        }
    }

    static func actual(_ seed: Fixture.Seed) throws -> [Row] {
        let period: Period? = seed == .unnamed2020 ? .academicYear(startYear: 2020) : nil
        let imported = try RoadmapImporter.importDocument(
            text: try Fixture.text(seed.path), fileName: seed.rawValue, owner: .region, period: period)
        return imported.roadmap.activities.map { a in
            Row(
                id: a.id, number: a.number ?? "", title: collapse(a.title), schedule: collapse(a.schedule),
                executors: collapse(a.executors), documents: a.documents.map(collapse).joined(separator: "; "))
        }
    }

    @Test(arguments: Fixture.Seed.allCases) func activitiesMatchTheDocument(_ seed: Fixture.Seed) throws {
        let expected = try Self.expected(seed)
        let actual = try Self.actual(seed)
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) {
            #expect(a == e)
        }
    }
}

/// Nothing is lost: every non-empty line of the table part is accounted for, and every word of it
/// is somewhere in the imported roadmap (an activity, a section, a table, a target or a fragment).
@Suite struct SeedAccountingTests {
    static func importSeed(_ seed: Fixture.Seed) throws -> (text: String, imported: ImportedDocument) {
        let text = try Fixture.text(seed.path)
        let period: Period? = seed == .unnamed2020 ? .academicYear(startYear: 2020) : nil
        return (text, try RoadmapImporter.importDocument(text: text, fileName: seed.rawValue, owner: .region, period: period))
    }

    static func corpus(_ roadmap: Roadmap) -> Set<String> {
        var texts: [String] = roadmap.fragments
        for section in roadmap.sections {
            texts.append(section.title)
            for a in section.activities {
                texts += [a.number ?? "", a.title, a.schedule, a.executors, a.indicator ?? ""] + a.documents
                texts += a.extraColumns.map(\.text)
            }
        }
        for t in roadmap.targets {
            texts += [t.name, t.unit] + t.targets.map { String(Int($0.value)) }
        }
        for table in roadmap.tables { texts += [table.title] + table.header + table.rows.flatMap { $0 } }
        return Set(texts.flatMap { ImportText.words($0) })
    }

    @Test(arguments: Fixture.Seed.allCases) func everyTableLineIsAccountedFor(_ seed: Fixture.Seed) throws {
        let (text, imported) = try Self.importSeed(seed)
        let report = imported.report
        let lines = SourceLine.lines(of: text)
        #expect(report.lineUses.count == lines.count)
        let words = Self.corpus(imported.roadmap)
        for line in lines where line.number >= report.tablePartStart {
            let use = report.lineUses[line.number - 1]
            if line.shape == .blank {
                #expect(use == .blank)
                continue
            }
            #expect(use != .blank && use != .preamble, "line \(line.number) not accounted for")
            if use == .header || use == .separator { continue }
            let missing = ImportText.words(ImportText.clean(line.raw)).filter { !words.contains($0) }
            #expect(missing.isEmpty, "line \(line.number) (\(use)): words lost: \(missing)")
        }
        #expect(report.fragments.map(\.text) == imported.roadmap.fragments)
        #expect(report.activityCount == imported.roadmap.activities.count)
        #expect(report.count(.activity) >= 1)
    }

    @Test func pageNumbersAndUnplacedListsAreKeptAsFragments() throws {
        let plain = try Self.importSeed(.unnamed2020).imported
        #expect(plain.report.fragments == [ImportFragment(line: 158, text: "3")])
        let markdown = try Self.importSeed(.andropovsky).imported
        #expect(markdown.report.fragments.map(\.line) == [29, 31, 33, 35, 37, 39, 41])
        #expect(markdown.roadmap.fragments.first == "Определение основных направлений деятельности")
    }

    @Test func reportPrintsTheAccountingInBothLanguages() throws {
        let report = try Self.importSeed(.unnamed2020).imported.report
        let ru = report.rendered(.ru)
        #expect(ru.contains("Строк прочитано: 393"))
        #expect(ru.contains("Мероприятий: 48"))
        #expect(ru.contains("строка 158: 3"))
        let en = report.rendered(.en)
        #expect(en.contains("Lines read: 393"))
        #expect(en.contains("line 158: 3"))
    }
}
