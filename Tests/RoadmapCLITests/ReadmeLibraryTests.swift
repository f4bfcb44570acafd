import Foundation
import RoadmapKit
import Testing

/// README's «Using the library» code, compiled and run against the bundled example: if the facade
/// changes, this stops compiling before README goes stale.
@Suite struct ReadmeLibraryTests {
    @Test func readmeLibraryExampleRuns() throws {
        let root = CapturedRun.repositoryRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("let run = try project.evaluate(asOf: june)"))
        #expect(readme.contains("let why = try project.explain(school: SchoolID(\"maou-oosh-primorye\"), activity: \"r10\")"))

        // The README code, with the example's path made absolute.
        let project = try RoadmapProject.open(root.appendingPathComponent("Examples/kaliningrad-2023"))
        let findings = project.validate()
        #expect(findings.filter { $0.severity == .error }.count == 0)

        let june = LocalDate(iso: "2023-06-30")!
        let run = try project.evaluate(asOf: june)
        let table = ComplianceTableRenderer(level: .municipality, language: .ru).render(run.report)
        #expect(!table.isEmpty)
        // README says the example is below the 30 % minimum somewhere at 30.06 (exit 1).
        #expect(!run.report.allAtMinimum)

        let soon = try project.deadlines(asOf: june, within: 14)
        #expect(!DeadlinesRenderer(language: .en).table(soon.list).isEmpty)

        let why = try project.explain(school: SchoolID("maou-oosh-primorye"), activity: "r10")
        #expect(why.render(.ru).hasPrefix("Школа МАОУ «ООШ п. Приморье» (maou-oosh-primorye), мероприятие 6 (r10)\n"))
    }

    /// The facade gives what the CLI prints: the same findings as `roadmap validate --format json`
    /// counts, and an unknown municipality is an `UnknownUnit`, not an empty report.
    @Test func facadeMatchesTheCommandsAndRefusesUnknownIds() throws {
        let root = CapturedRun.repositoryRoot
        let directory = root.appendingPathComponent("Examples/andropovsky-2023")
        let project = try RoadmapProject.open(directory)
        let cli = CapturedRun.run(["validate", directory.path, "--all"], in: root)
        let lines = cli.out.split(separator: "\n").count
        #expect(lines == project.validate().count)
        #expect(throws: UnknownUnit.self) {
            try project.evaluate(asOf: LocalDate(iso: "2023-06-30")!, municipality: MunicipalityID("nowhere"))
        }
        let municipality = project.workspace.units.municipalities[0].id
        let narrowed = try project.evaluate(asOf: LocalDate(iso: "2023-11-30")!, municipality: municipality)
        #expect(
            narrowed.report.units.allSatisfy { $0.level == .region || $0.id == municipality.rawValue || $0.parent == municipality.rawValue }
        )
    }

    /// The facade's deadlines narrowed to a municipality are what `roadmap deadlines --municipality`
    /// prints, on the second region's example.
    @Test func facadeDeadlinesAreTheCommandsOnTheSecondRegion() throws {
        let root = CapturedRun.repositoryRoot
        let directory = root.appendingPathComponent("Examples/andropovsky-2023")
        let project = try RoadmapProject.open(directory)
        let municipality = try #require(project.workspace.units.municipalities.last).id
        let date = LocalDate(iso: "2023-11-30")!
        let run = try project.deadlines(asOf: date, within: 30, municipality: municipality)
        let cli = CapturedRun.run(
            ["deadlines", directory.path, "--as-of", "2023-11-30", "--within", "30", "--municipality", municipality.rawValue],
            in: root)
        #expect(cli.out == DeadlinesRenderer(language: .ru).table(run.list))
        #expect(!run.list.entries.isEmpty)
        // Narrowed: no line of the region's plan, and every line of this municipality.
        let name = try #require(project.workspace.municipality(municipality)).name
        #expect(run.list.entries.allSatisfy { $0.item.owner != .region && $0.municipalityName == name })
    }
}
