import Foundation
import RoadmapKit
import Testing

/// The whole path on a second, differently written region (Tests/RoadmapKitTests/Fixtures/region-second,
/// illustrative): init → units import → import → link → skeleton → validate → compliance, with every
/// school's obligations, deadlines and percentages computed by hand from the fixture documents.
@Suite struct SecondRegionTests {
    static let fixtures = CapturedRun.repositoryRoot.appendingPathComponent(
        "Tests/RoadmapKitTests/Fixtures/region-second")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Runs the path up to the skeletons; returns the workspace directory.
    static func build() throws -> URL {
        let dir = try CapturedRun.temporaryDirectory()
        let ws = dir.appendingPathComponent("ws")
        let initRun = CapturedRun.run(
            ["init", ws.path, "--region", "Энская область", "--plan", fixture("plan-2024.md")], in: dir)
        try #require(initRun.code == 0, "\(initRun.err)")
        // The programme item is found by its words (2.3), not by a number; every executor wording is known.
        #expect(initRun.out.contains("антирисковые программы школ привязаны к пункту 2.3 регионального плана"))
        #expect(initRun.err.isEmpty, "\(initRun.err)")
        let units = CapturedRun.run(["units", "import", fixture("schools.csv"), "--workspace", ws.path], in: dir)
        try #require(units.code == 0, "\(units.err)")
        let municipal = CapturedRun.run(
            ["import", fixture("prioziorny-2023-2024.md"), "--workspace", ws.path, "--municipality", "priozernyy"], in: dir)
        try #require(municipal.code == 0, "\(municipal.err)")
        #expect(municipal.err.contains("[period-mismatch]"))
        #expect(municipal.err.contains("«2023-2024 учебный год»") && municipal.err.contains("«2024»"))
        let link = CapturedRun.run(
            [
                "link", ws.path, "--municipality", "priozernyy", "--apply", "2=region:2.2", "--apply", "2=region:2.4",
                "--apply", "3=region:2.1", "--apply", "4=region:2.3",
            ], in: dir)
        try #require(link.code == 0, "\(link.err)")
        let skeleton = CapturedRun.run(["skeleton", ws.path, "--all"], in: dir)
        try #require(skeleton.code == 0, "\(skeleton.err)")
        return ws
    }

    @Test func suggestionsPairOnlyItemsOfTheSameLevel() throws {
        let ws = try Self.build()
        let run = CapturedRun.run(["link", ws.path, "--suggest", "--municipality", "priozernyy"], in: ws)
        #expect(run.code == 0)
        // Every activity already linked is skipped except 1 («Назначение муниципального координатора»),
        // which pairs with the municipal item 1.2, never with a school item.
        #expect(run.out.hasPrefix("priozernyy 1 → region:1.2  0.86"))
        #expect(run.out.contains("муниципалитет ↔ муниципалитет: уровень совпадает (муниципалитет)"))
        #expect(run.out.split(separator: "\n").count == 1)
    }

    static func schedules(_ ws: URL, _ school: String) throws -> [String: String] {
        let workspace = try WorkspaceStore(directory: ws).load().workspace
        let roadmap = try #require(workspace.schoolRoadmaps[SchoolID(school)])
        return Dictionary(uniqueKeysWithValues: roadmap.activities.map { ($0.id, $0.schedule) })
    }

    @Test func schoolsOweExactlyTheItemsTheirExecutorsNameWithTheRightWindows() throws {
        let ws = try Self.build()
        let workspace = try WorkspaceStore(directory: ws).load().workspace
        // Regional items naming schools: 2.1 (ЦНППМ, руководители ОО), 2.2 and 2.4 (кураторы, ММС,
        // руководители ОО), 2.3 (руководители ОО, ЦНППМ); not 1.1–1.4 or 2.5 (institute, ОМСУ, ММС).
        let quarterly = "ежеквартально: 01.01.2024–31.03.2024; 01.04.2024–30.06.2024; 01.07.2024–31.08.2024; 01.10.2024–31.12.2024"
        let monthly =
            "ежемесячно: "
            + (1...8).map { m in
                let last = LocalDate.lastDay(year: 2024, month: m)
                return String(format: "01.%02d.2024–", m) + last.russianString
            }.joined(separator: "; ")
        // СОШ № 3 is named by municipal item 4 and has a risk direction.
        #expect(
            try Self.schedules(ws, "mbou-sosh-3-s-ozernoe") == [
                "r2.1": quarterly,  // quarterly stays quarterly; Q3 answered by August, Q4 kept
                "r2.2": "до 31.05.2024",  // the June monitoring answered by the roadmap's May
                "r2.3": "01.03.2024–15.04.2024",  // municipal item 4 (до 15.04.2024) names this school
                "r2.4": "30.11.2024",  // May is not November's: kept, deadline-mismatch
                "m2": "01.05.2024–31.05.2024",  // «декабрь, май» of 2023-2024: only May is in 2024
                "m3": monthly,
                "m4": "до 15.04.2024",
                "risk1": "01.03-30.04.2024",  // the programme item 2.3, found by its words
            ])
        #expect(
            try Self.schedules(ws, "mkou-oosh-7-p-lesnoy") == [
                "r2.1": quarterly, "r2.2": "до 31.05.2024", "r2.3": "01.03-30.04.2024", "r2.4": "30.11.2024",
                "m2": "01.05.2024–31.05.2024", "m3": monthly,
            ])
        // Заречный has no municipal roadmap: the plan's own texts.
        #expect(
            try Self.schedules(ws, "mbou-gimnaziya-1") == [
                "r2.1": "ежеквартально", "r2.2": "30.06.2024", "r2.3": "01.03-30.04.2024", "r2.4": "30.11.2024",
            ])
        let risk = try #require(workspace.schoolRoadmaps["mbou-sosh-3-s-ozernoe"]?.activity(id: "risk1"))
        #expect(risk.implements == [ActivityLink(level: .region, activity: "2.3")])
        #expect(workspace.settings.rules.riskActivity.parent == "2.3")
    }

    @Test func validateReportsTheMismatchAndComplianceCountsTheOwnOccurrences() throws {
        let ws = try Self.build()
        let validate = CapturedRun.run(["validate", ws.path, "--all"], in: ws)
        #expect(validate.code == 0, "\(validate.out)")
        let mismatches = validate.out.split(separator: "\n").filter { $0.contains("[deadline-mismatch]") }
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.contains("пункт 2: сроки не соответствуют срокам region:2.4 («30.11.2024»)") == true)
        #expect(!validate.out.contains("[unknown-executor]"))
        #expect(!validate.out.contains("[ambiguous-rule]"))

        let progress = CapturedRun.run(
            ["progress", "import", Self.fixture("progress-2024.csv"), "--workspace", ws.path], in: ws)
        #expect(progress.code == 0, "\(progress.err)")
        let report = CapturedRun.run(
            ["compliance", ws.path, "--as-of", "2024-06-30", "--level", "school", "--format", "csv"], in: ws)
        #expect(report.code == 0 || report.code == 1, "\(report.err)")
        let rows = report.out.split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false) }
        func row(_ id: String) -> [Substring]? { rows.first { $0.count > 14 && $0[1] == id } }
        // Гимназия: occurrences 4 (r2.1) + 1 + 1 + 1 = 7; done 3 (Q1, 2.2, 2.3) → 42.9 %; due 4, overdue 1 (Q2).
        let gymnasium = try #require(row("mbou-gimnaziya-1"), "\(report.out)\n\(report.err)")
        #expect(Array(gymnasium[4...4] + gymnasium[11...14]) == ["42,9", "7", "4", "3", "1"])
        // ООШ № 7: 4 + 1 + 1 + 1 + m2 1 + m3 8 = 16; done 1 (r2.2) → 6.3 %; due 2 + 1 + 1 + 1 + 6 = 11, overdue 10.
        let lesnoy = try #require(row("mkou-oosh-7-p-lesnoy"))
        #expect(Array(lesnoy[4...4] + lesnoy[11...14]) == ["6,3", "16", "11", "1", "10"])
        // СОШ № 3: 16 + m4 + risk1 = 18; nothing done; due 13.
        let sosh3 = try #require(row("mbou-sosh-3-s-ozernoe"))
        #expect(Array(sosh3[4...4] + sosh3[11...14]) == ["0", "18", "13", "0", "13"])

        // The 2023-2024 municipal roadmap in the 2024 report counts its occurrences in 2024 only:
        // not item 1 (сентябрь 2023) nor December 2023; item 2's May 1 + item 3's January–August 8
        // (item 4 names a school: counted by the school) = 9; due by 30.06: 1 + 6 = 7, all overdue.
        let workspace = try WorkspaceStore(directory: ws).load().workspace
        let june = ComplianceEvaluator(asOf: LocalDate(iso: "2024-06-30")!).evaluate(workspace).report
        let own = try #require(june.units.first { $0.level == .municipality && $0.id == "priozernyy" }).ownCounts
        #expect([own.activities, own.due, own.overdue, own.outsidePeriod] as [Int] == [9, 7, 7, 0])
        #expect(!june.units.contains { $0.overdue.contains { $0.deadline.map { $0.year == 2023 } ?? false } })
    }

    /// `import --region` again after the user chose another programme item: the choice and the
    /// other edited rules are kept, and the plan's different answer is reported, not applied.
    @Test func reimportingThePlanKeepsTheUsersRules() throws {
        let ws = try Self.build()
        let settingsFile = ws.appendingPathComponent("workspace.json")
        let store = WorkspaceStore(directory: ws)
        var settings = try store.load().workspace.settings
        settings.rules.riskActivity.parent = "2.1"
        settings.rules.leadDays = [LeadTime(level: .school, days: 2)]
        try store.write(settings: settings)
        let before = try Data(contentsOf: settingsFile)
        let run = CapturedRun.run(
            ["import", Self.fixture("plan-2024.md"), "--workspace", ws.path, "--region", "--replace"], in: ws)
        #expect(run.code == 0, "\(run.err)")
        #expect(run.err.contains("[rule-differs-from-plan]"), "\(run.err)")
        #expect(run.err.contains("сохранено как записано (\"2.1\")") && run.err.contains("запишите \"parent\": \"2.3\""))
        #expect(try Data(contentsOf: settingsFile) == before)
        let after = try store.load().workspace.settings.rules
        #expect(after.riskActivity.parent == "2.1")
        #expect(after.leadDays == [LeadTime(level: .school, days: 2)])
    }

    /// СОШ № 3's own roadmap from 2023: imported with period-mismatch, linked like a municipal one,
    /// kept in its period by `skeleton` until carried forward, and then not duplicated.
    @Test func aSchoolsOwnRoadmapIsLinkedNotDuplicated() throws {
        let ws = try Self.build()
        let school = "mbou-sosh-3-s-ozernoe"
        let imported = CapturedRun.run(
            ["import", Self.fixture("sosh-3-2023.md"), "--workspace", ws.path, "--school", school, "--replace"], in: ws)
        try #require(imported.code == 0, "\(imported.err)")
        #expect(imported.err.contains("[period-mismatch]") && imported.err.contains("«2023»"))

        let suggest = CapturedRun.run(["link", ws.path, "--school", school, "--suggest"], in: ws)
        #expect(suggest.code == 0)
        #expect(suggest.out.contains("\(school) 1.1 → region:2.3  0.75"))
        #expect(suggest.out.contains("\(school) 1.2 → region:2.1  0.67"))
        // 2.1 (a reading contest) matches nothing the school owes.
        #expect(!suggest.out.contains("\(school) 2.1 →"))
        #expect(suggest.out.split(separator: "\n").allSatisfy { $0.contains("школа ↔ школа: уровень совпадает") })
        let apply = CapturedRun.run(
            [
                "link", ws.path, "--school", school, "--apply", "1.1=region:2.3", "--apply", "1.1=municipality:4",
                "--apply", "1.2=region:2.1",
            ], in: ws)
        #expect(apply.code == 0, "\(apply.err)")
        let wrong = CapturedRun.run(["link", ws.path, "--school", school, "--apply", "1.1=municipality:9"], in: ws)
        #expect(wrong.code == 1)

        // Without --carry-forward the 2023 roadmap is kept as it is and reported.
        let file = ws.appendingPathComponent("roadmaps/schools/\(school).json")
        let before = try Data(contentsOf: file)
        let kept = CapturedRun.run(["skeleton", ws.path, "--municipality", "priozernyy", "--school", school], in: ws)
        #expect(kept.code == 0)
        #expect(kept.err.contains("[period-mismatch]") && kept.err.contains("--carry-forward"))
        #expect(try Data(contentsOf: file) == before)

        let carried = CapturedRun.run(
            ["skeleton", ws.path, "--municipality", "priozernyy", "--school", school, "--carry-forward"], in: ws)
        #expect(carried.code == 0, "\(carried.err)")
        // 1.1 «до 30.04.2024» answers region:2.3 (01.03–30.04) but not municipality:4 «до 15.04.2024»:
        // m4 keeps its own date (deadline-mismatch) instead of being replaced by the later 1.1.
        #expect(carried.out.contains("выполняются мероприятиями школы: r2.1 ← 1.2, r2.3 ← 1.1;"))
        #expect(
            carried.out.contains(
                "сроки мероприятий школы не соответствуют, пункты сохранены со своими сроками [deadline-mismatch]: m4 (1.1)"))
        #expect(carried.out.contains("добавлены: r2.2, r2.4, m2, m3, m4, risk1"))
        #expect(carried.out.contains("сроки перенесены в новый период: 1.1, 2.1"))
        let roadmap = try #require(try WorkspaceStore(directory: ws).load().workspace.schoolRoadmaps[SchoolID(school)])
        #expect(roadmap.period == .calendarYear(2024))
        #expect(roadmap.title == "Дорожная карта школы на 2024 год")
        // The school's own items keep their numbers and are not duplicated by r2.1, r2.3, m4.
        let ids = roadmap.activities.map(\.id)
        #expect(Set(ids) == ["r2.2", "r2.4", "m2", "m3", "m4", "risk1", "1.1", "1.2", "2.1"])
        #expect(roadmap.activity(id: "m4")?.schedule == "до 15.04.2024")
        let own = roadmap.activities.filter { ["1.1", "1.2", "2.1"].contains($0.id) }
        #expect(own.map(\.number) == ["1.1", "1.2", "2.1"])
        #expect(own.map(\.schedule) == ["до 30.04.2024", "ежеквартально", "март 2024"])
        #expect(own.first?.provenance?.schedule?.note == "перенесено из периода 2023: «до 30.04.2023»")
        #expect(
            own.first?.implements == [ActivityLink(level: .region, activity: "2.3"), ActivityLink(level: .municipality, activity: "4")])
        // validate reports the school's mismatch at 1.1, naming both schedules; explain shows both.
        let validate = CapturedRun.run(["validate", ws.path, "--all"], in: ws)
        let mismatch = validate.out.split(separator: "\n").filter { $0.contains("[deadline-mismatch]") && $0.contains(school) }
        #expect(mismatch.count == 1, "\(validate.out)")
        #expect(
            mismatch.first?.contains("пункт 1.1: сроки не соответствуют срокам municipality:4 («до 15.04.2024»)") == true,
            "\(validate.out)")
        let explain = CapturedRun.run(["explain", ws.path, "--school", school, "--activity", "1.1"], in: ws)
        #expect(
            explain.out.contains(
                "Сроки: [deadline-mismatch] сроки мероприятия школы «до 30.04.2024» не соответствуют срокам municipality:4 «до 15.04.2024»"),
            "\(explain.out)\(explain.err)")
        #expect(!explain.out.contains("срокам region:2.3"))
        // Running it again changes nothing.
        let after = try Data(contentsOf: file)
        let again = CapturedRun.run(["skeleton", ws.path, "--municipality", "priozernyy", "--school", school], in: ws)
        #expect(again.code == 0)
        #expect(try Data(contentsOf: file) == after)
    }
}
