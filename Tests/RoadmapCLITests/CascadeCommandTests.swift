import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// `roadmap skeleton`, `link` and `explain` end to end on the cascade fixture workspace.
@Suite struct CascadeCommandTests {
    static let fixture = CapturedRun.repositoryRoot.appendingPathComponent(
        "Tests/RoadmapKitTests/Fixtures/cascade/kaliningrad")

    /// A fresh copy of the fixture workspace.
    func workspace() throws -> URL {
        let directory = try CapturedRun.temporaryDirectory()
        let target = directory.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Self.fixture, to: target)
        return target
    }

    @Test func skeletonWritesIntoTheWorkspaceAndIsStable() throws {
        let ws = try workspace()
        let first = CapturedRun.run(["skeleton", "ws", "--municipality", "svetlogorsk"], in: ws.deletingLastPathComponent())
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out.contains("записано: ") && first.out.contains("roadmaps/schools/maou-oosh-primorye.json"))
        let file = ws.appendingPathComponent("roadmaps/schools/maou-oosh-primorye.json")
        let bytes = try Data(contentsOf: file)
        let second = CapturedRun.run(["skeleton", "ws", "--municipality", "svetlogorsk"], in: ws.deletingLastPathComponent())
        #expect(second.code == 0)
        #expect(second.out.contains("без изменений"))
        #expect(try Data(contentsOf: file) == bytes)
        // The generated roadmaps satisfy the cascade checks.
        let validate = CapturedRun.run(["validate", "ws", "--all"], in: ws.deletingLastPathComponent())
        let cascadeCodes = ["[missing-activity]", "[deadline-after-parent]", "[document-mismatch]", "[unknown-link]"]
        let schoolLines = validate.out.split(separator: "\n").filter { $0.hasPrefix("roadmaps/schools/") }
        #expect(!schoolLines.contains { line in cascadeCodes.contains { line.contains($0) } })
        #expect(validate.code == 0)
    }

    @Test func skeletonStopsOnABrokenSchoolFileItNeedsAndWritesNothing() throws {
        let ws = try workspace()
        let parent = ws.deletingLastPathComponent()
        #expect(CapturedRun.run(["skeleton", "ws", "--municipality", "svetlogorsk"], in: parent).code == 0)
        let school = ws.appendingPathComponent("roadmaps/schools/maou-oosh-primorye.json")
        let bytes = try Data(contentsOf: school)
        // A broken progress file is not read while every activity is still owed…
        let progress = ws.appendingPathComponent("progress/schools/maou-oosh-primorye.json")
        try FileManager.default.createDirectory(at: progress.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ broken".utf8).write(to: progress)
        #expect(CapturedRun.run(["skeleton", "ws", "--municipality", "svetlogorsk"], in: parent).code == 0)
        // …but a broken school roadmap is never overwritten.
        try Data("{ broken".utf8).write(to: school)
        let broken = CapturedRun.run(["skeleton", "ws", "--municipality", "svetlogorsk"], in: parent)
        #expect(broken.code == 1)
        #expect(broken.err.contains("maou-oosh-primorye.json") && broken.err.contains("не прочитана, поэтому не перезаписана"))
        #expect(broken.out.isEmpty)
        #expect(try Data(contentsOf: school) == Data("{ broken".utf8))
        try bytes.write(to: school)
        #expect(CapturedRun.run(["skeleton", "ws", "--municipality", "svetlogorsk"], in: parent).code == 0)
    }

    @Test func skeletonForEveryMunicipality() throws {
        let ws = try workspace()
        let out = ws.deletingLastPathComponent().appendingPathComponent("all")
        let run = CapturedRun.run(["skeleton", ws.path, "--all", "--output", out.path], in: ws)
        #expect(run.code == 0, "\(run.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["maou-oosh-primorye.json", "maou-sosh-1-svetlogorsk.json"])
    }

    @Test func skeletonToAnOutputDirectoryForOneSchool() throws {
        let ws = try workspace()
        let out = ws.deletingLastPathComponent().appendingPathComponent("out")
        let run = CapturedRun.run(
            ["skeleton", ws.path, "--municipality", "svetlogorsk", "--school", "maou-oosh-primorye", "--output", out.path],
            in: ws)
        #expect(run.code == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names == ["maou-oosh-primorye.json"])
        #expect(!FileManager.default.fileExists(atPath: ws.appendingPathComponent("roadmaps/schools").path))
    }

    @Test func printableMarkdownGoesToStandardOutputForOneSchool() throws {
        let ws = try workspace()
        let run = CapturedRun.run(
            ["skeleton", ws.path, "--municipality", "svetlogorsk", "--school", "maou-oosh-primorye", "--format", "md"], in: ws)
        #expect(run.code == 0)
        #expect(run.out.hasPrefix("# Дорожная карта ОО\n\n**МАОУ «ООШ п. Приморье»**"))
        #expect(run.out.contains("| № | Мероприятие | Сроки | Ответственный | Показатель | Форма отчётного документа |"))
        #expect(
            run.out.contains(
                "| 4. | Разработка программ по повышению результатов образовательной деятельности ОО: Программа развития общеобразовательной организации | 15.04-15.05.2023 | Руководитель ОО |  | Программа развития ОО |"
            ))
    }

    @Test func htmlEscapesAndCSVGuardsFormulas() throws {
        let ws = try workspace()
        // A hostile title in the regional plan.
        let store = WorkspaceStore(directory: ws)
        var plan = try #require(try store.load().workspace.regionalPlan)
        for s in plan.sections.indices {
            for a in plan.sections[s].activities.indices where plan.sections[s].activities[a].id == "2" {
                plan.sections[s].activities[a].title = "=HYPERLINK(\"x\") <script>alert('x')</script> & co"
            }
        }
        try store.write(roadmap: plan)
        let args = ["skeleton", ws.path, "--municipality", "svetlogorsk", "--school", "maou-oosh-primorye", "--format"]
        let html = CapturedRun.run(args + ["html"], in: ws)
        #expect(html.code == 0)
        #expect(!html.out.contains("<script>"))
        #expect(html.out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(html.out.contains("<th>Форма отчётного документа</th>"))
        let csv = CapturedRun.run(args + ["csv"], in: ws)
        #expect(csv.code == 0)
        #expect(csv.out.hasPrefix("\u{FEFF}Раздел;№;Мероприятие;Сроки;Ответственный;Показатель;Форма отчётного документа\r\n"))
        #expect(csv.out.contains(";2.;\"'=HYPERLINK(\"\"x\"\") <script>alert('x')</script> & co\";"))
    }

    @Test func usageErrors() throws {
        let ws = try workspace()
        #expect(CapturedRun.run(["skeleton", ws.path], in: ws).code == 2)
        #expect(CapturedRun.run(["skeleton", ws.path, "--all", "--municipality", "svetlogorsk"], in: ws).code == 2)
        #expect(CapturedRun.run(["skeleton", ws.path, "--municipality", "svetlogorsk", "--format", "pdf"], in: ws).code == 2)
        // Several schools need --output for printable formats.
        #expect(CapturedRun.run(["skeleton", ws.path, "--municipality", "svetlogorsk", "--format", "md"], in: ws).code == 2)
        let unknown = CapturedRun.run(["skeleton", ws.path, "--municipality", "nowhere"], in: ws)
        // An id the workspace does not have is a usage error in every command (exit 2).
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("муниципалитета «nowhere» нет в units.json"))
        let school = CapturedRun.run(["skeleton", ws.path, "--municipality", "svetlogorsk", "--school", "x"], in: ws)
        #expect(school.code == 2)
        #expect(CapturedRun.run(["link", ws.path], in: ws).code == 2)
        #expect(CapturedRun.run(["link", ws.path, "--apply-suggested"], in: ws).code == 2)
        #expect(CapturedRun.run(["explain", ws.path, "--school", "maou-oosh-primorye"], in: ws).code == 2)
    }

    @Test func linkSuggestsWithoutWritingAndAppliesOnlyWhatIsNamed() throws {
        let ws = try workspace()
        let file = ws.appendingPathComponent("roadmaps/municipalities/svetlogorsk.json")
        let before = try Data(contentsOf: file)
        let suggest = CapturedRun.run(["link", ws.path, "--suggest"], in: ws)
        #expect(suggest.code == 0)
        #expect(suggest.out.contains("svetlogorsk 1.1 → region:6  "))
        #expect(suggest.out.contains("муниципалитет ↔ муниципалитет: уровень совпадает (муниципалитет)"))
        // The school's annual report is not paired with the coordinators' analysis (other levels).
        #expect(!suggest.out.contains("svetlogorsk 2.8 → region:15  "))
        #expect(suggest.err.contains("ничего не записано"))
        #expect(try Data(contentsOf: file) == before)

        let apply = CapturedRun.run(["link", ws.path, "--municipality", "svetlogorsk", "--apply", "2.8=region:15"], in: ws)
        #expect(apply.code == 0, "\(apply.err)")
        #expect(apply.out == "svetlogorsk 2.8 → region:15\n")
        let roadmap = try #require(try WorkspaceStore(directory: ws).load().workspace.municipalRoadmaps["svetlogorsk"])
        #expect(roadmap.activities.filter { !$0.implements.isEmpty }.map(\.id) == ["2.8"])

        let wrong = CapturedRun.run(["link", ws.path, "--municipality", "svetlogorsk", "--apply", "2.8=region:99"], in: ws)
        #expect(wrong.code == 1)
        #expect(wrong.err.contains("region:99"))
    }

    @Test func explainPrintsTheChain() throws {
        let ws = try workspace()
        let run = CapturedRun.run(["explain", ws.path, "--school", "maou-oosh-primorye", "--activity", "r2"], in: ws)
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("1. Региональный план, пункт 2 (region:2)"))
        #expect(run.out.contains("   Документ: Аналитическая справка — из region:2\n"))
        let en = CapturedRun.run(
            ["explain", ws.path, "--school", "maou-oosh-primorye", "--activity", "2", "--lang", "en"], in: ws)
        #expect(en.out.contains("Regional plan, item 2 (region:2)"))
        let missing = CapturedRun.run(["explain", ws.path, "--school", "maou-oosh-primorye", "--activity", "r7"], in: ws)
        #expect(missing.code == 1)
        #expect(missing.err.contains("нет мероприятия «r7»"))
    }

    /// `--school` takes the school's name as roadmaps write it, in any quotes (issue 21, item 4).
    @Test func explainFindsTheSchoolByItsName() throws {
        let ws = try workspace()
        let run = CapturedRun.run(["explain", ws.path, "--school", "МАОУ \"ООШ п. Приморье\"", "--activity", "r2"], in: ws)
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.hasPrefix("Школа МАОУ «ООШ п. Приморье» (maou-oosh-primorye), мероприятие"))
        let unknown = CapturedRun.run(["explain", ws.path, "--school", "nope", "--activity", "r2"], in: ws)
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("школы «nope» нет в units.json"))
    }
}
