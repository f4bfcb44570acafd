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

/// Every report format, parsed back and checked against the report it came from.
@Suite struct ComplianceRenderTests {
    static func report() throws -> ComplianceReport {
        let workspace = try WorkspaceStore(directory: Fixture.url("compliance/small")).load().workspace
        return ComplianceEvaluator(asOf: LocalDate(iso: "2023-06-30")!).evaluate(workspace).report
    }

    @Test func jsonDecodesBackToTheSameReport() throws {
        let report = try Self.report()
        let json = try ComplianceJSONRenderer.render(report)
        let decoded = try JSONDecoder().decode(ComplianceReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["rollUp"] as? String == "pooled")
        #expect(object["asOf"] as? String == "2023-06-30")
        let units = try #require(object["units"] as? [[String: Any]])
        let north = try #require(units.first { $0["id"] as? String == "north" })
        for key in [
            "level", "id", "name", "parent", "counts", "percent", "pooledPercent", "meanPercent", "zone", "overdue", "undocumented",
            "schools",
        ] {
            #expect(north[key] != nil, "missing \(key)")
        }
        #expect(north["zone"] as? String == "yellow")
        #expect(north["parent"] as? String == "test-oblast")
    }

    @Test func jsonNarrowedToALevel() throws {
        let json = try ComplianceJSONRenderer.render(try Self.report(), level: .school)
        let decoded = try JSONDecoder().decode(ComplianceReport.self, from: Data(json.utf8))
        #expect(decoded.units.map(\.id) == ["n1", "n2", "s1", "s2"])
    }

    @Test func csvOpensInRussianExcelAndGuardsAgainstFormulas() throws {
        let report = try Self.report()
        let renderer = ComplianceCSVRenderer()
        let csv = renderer.render(report)
        #expect(csv.hasPrefix("\u{FEFF}"))
        let table = try CSVReader.parse(csv, delimiter: ";", fileName: "report.csv")
        #expect(table.header == renderer.header)
        #expect(table.rows.count == report.units.count)
        let byID = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.fields[1], $0.fields) })
        #expect(byID["north"]?[4] == "36,8")
        #expect(byID["n1"]?[4] == "30")
        #expect(byID["n1"]?[7] == "жёлтая")
        #expect(byID["empty"]?[4] == "")
        let injected = try #require(byID["s2"])
        #expect(injected[2] == "'=HYPERLINK(\"http://evil.example\";\"нажми\")")
        #expect(!table.rows.contains { $0.fields.contains { $0.hasPrefix("=") } })
    }

    @Test func csvWithCommaSeparatorUsesDecimalPoint() throws {
        let csv = ComplianceCSVRenderer(level: .municipality, delimiter: ",").render(try Self.report())
        let table = try CSVReader.parse(csv, delimiter: ",", fileName: "report.csv")
        #expect(table.rows.count == 3)
        #expect(table.rows.first { $0.fields[1] == "north" }?.fields[4] == "36.8")
    }

    @Test func markdownHasTheMunicipalityTableAndEscapesNames() throws {
        let md = ComplianceMarkdownRenderer().render(try Self.report())
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "## Муниципалитеты"))
        let rows = lines[(start + 2)...].prefix { $0.hasPrefix("|") }
        #expect(rows.count == 5)  // header, rule, three municipalities
        let cells = rows.map { $0.split(separator: "|", omittingEmptySubsequences: false).count }
        #expect(Set(cells).count == 1)
        #expect(rows[rows.startIndex + 2].contains("Южный округ"))
        #expect(rows[rows.startIndex + 2].contains("красная"))
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("Способ свёртки: сводный процент"))
        #expect(md.contains("| r1. |"))
    }

    /// The page explains its own rules: a coordinator has the report, not the repository's Docs
    /// (issue 21, item 5).
    @Test func htmlExplainsTheRulesInsteadOfPointingAtDocs() throws {
        let report = try Self.report()
        let html = ComplianceHTMLRenderer().render(report)
        #expect(!html.contains("Docs/"))
        #expect(html.contains("<h2>Как считаются показатели</h2>"))
        #expect(html.contains("Зачёт работ в процессе"))
        if let checkpoint = report.checkpoint ?? report.nextCheckpoint {
            #expect(html.contains("Контрольная точка \(checkpoint.date.russianString): ниже минимума"))
        }
        let en = ComplianceHTMLRenderer(language: .en).render(report)
        #expect(en.contains("<h2>How the figures are counted</h2>"))
        #expect(!en.contains("Docs/"))
    }

    @Test func htmlIsSelfContainedAndEscapesEverything() throws {
        let html = ComplianceHTMLRenderer().render(try Self.report())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; МБОУ «Школа &amp; Ко»"))
        #expect(!html.contains("<b>"))
        for external in ["src=", "href=", "<link", "@import", "url("] { #expect(!html.contains(external), "\(external)") }
        #expect(html.components(separatedBy: "<details").count - 1 == 3)
        #expect(html.contains("class=\"line min\" style=\"left:30.00%\""))
        #expect(html.contains("class=\"line target\" style=\"left:40.00%\""))
        #expect(html.contains("class=\"bar red\" style=\"width:25.00%\""))
        #expect(html.contains("нет данных"))
        // Every opened element of the drill-down is closed.
        #expect(html.components(separatedBy: "<details").count == html.components(separatedBy: "</details>").count)
    }

    @Test func htmlEscapeCoversTheFiveCharacters() {
        #expect(MarkupEscape.escape(#"<a href="x">'&'</a>"#, for: .html) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func tableAlignsCyrillicByCharacters() {
        let table = TextTable(header: ["Школа", "%"], alignments: [.left, .right], rows: [["Лицей № 2", "40 %"], ["A", "5 %"]])
        let lines = table.render().split(separator: "\n").map(String.init)
        let space = { (n: Int) in String(repeating: " ", count: n) }
        #expect(
            lines == [
                "Школа" + space(9) + "%", String(repeating: "─", count: 9) + space(2) + String(repeating: "─", count: 4),
                "Лицей № 2  40 %", "A" + space(11) + "5 %",
            ])
        #expect(Set(lines.map(\.count)).count == 1)
    }

    @Test func terminalTableListsWorstFirstWithTheSummary() throws {
        let text = ComplianceTableRenderer().render(try Self.report())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("Южный округ"))
        #expect(lines[3].hasPrefix("Северный округ"))
        #expect(lines[4].hasPrefix("Пустой район"))
        #expect(lines[4].contains("нет данных"))
        #expect(text.contains("Школы ниже минимума (красная зона): 1"))
        #expect(
            lines.contains {
                $0.hasPrefix("<script>alert(\"x\")</script> МБОУ «Школа & Ко»  Южный округ") && $0.hasSuffix("25 %           2")
            })
        #expect(text.contains("Контрольная точка 30.06.2023"))
        #expect(text.contains("Способ свёртки"))
    }
}
