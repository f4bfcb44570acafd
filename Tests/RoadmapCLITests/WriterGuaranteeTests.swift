import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// What commands that write promise beyond refusing unreadable files (Docs/workspace-format.md,
/// «Guarantees of commands that write»): ids, permissions, temporaries, and no crash on bad data.
@Suite final class WriterGuaranteeTests {
    let directory: URL
    let workspace: URL

    init() throws {
        directory = try CapturedRun.temporaryDirectory()
        workspace = directory.appendingPathComponent("w")
        try FileManager.default.copyItem(at: WriterFaultTests.example, to: workspace)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static let school = WriterFaultTests.school
    var schoolRoadmap: URL { workspace.appendingPathComponent("roadmaps/schools/\(Self.school).json") }
    var schoolProgress: URL { workspace.appendingPathComponent("progress/schools/\(Self.school).json") }

    func run(_ arguments: [String], language: Language = .en) -> CapturedRun {
        CapturedRun.run(arguments, in: directory, language: language)
    }

    /// Edits a JSON file of the workspace as a person with a text editor would.
    func edit(_ relative: String, _ change: (inout [String: Any]) throws -> Void) throws {
        let url = workspace.appendingPathComponent(relative)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        try change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    func activityIDs(_ url: URL) throws -> [String] {
        let roadmap = try WorkspaceStore.decodeRoadmap(Data(contentsOf: url), path: url.lastPathComponent)
        return roadmap.sections.flatMap { $0.activities.map(\.id) }
    }

    // MARK: Item 5: a generated id never takes the school's own

    @Test func aSchoolsOwnActivityKeepsItsIDWhenTheSkeletonWantsIt() throws {
        // The school wrote its own «risk3» (and reported on it) before it had a third risk direction.
        try edit("roadmaps/schools/\(Self.school).json") { roadmap in
            var sections = try #require(roadmap["sections"] as? [[String: Any]])
            var activities = try #require(sections[0]["activities"] as? [[String: Any]])
            activities.append(["id": "risk3", "title": "Своё мероприятие школы: наставничество", "origin": "added"])
            sections[0]["activities"] = activities
            roadmap["sections"] = sections
        }
        try edit("units.json") { units in
            var schools = try #require(units["schools"] as? [[String: Any]])
            let i = try #require(schools.firstIndex { $0["id"] as? String == Self.school })
            var directions = try #require(schools[i]["riskDirections"] as? [String])
            directions.append("Дефицит педагогических кадров")
            schools[i]["riskDirections"] = directions
            units["schools"] = schools
        }
        let result = run(["skeleton", "w", "--municipality", "svetlogorsk"], language: .ru)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("id занят мероприятием школы, созданному дан другой: risk3 → risk3-2"))
        let roadmap = try WorkspaceStore.decodeRoadmap(Data(contentsOf: schoolRoadmap), path: "x")
        let all = roadmap.sections.flatMap(\.activities)
        let own = try #require(all.first { $0.id == "risk3" })
        #expect(own.title == "Своё мероприятие школы: наставничество")
        #expect(own.origin == .added)
        let generated = try #require(all.first { $0.id == "risk3-2" })
        #expect(generated.title.contains("Дефицит педагогических кадров"))
        #expect(generated.origin == .skeleton)
        // A second run finds its own earlier copy under the same id and changes nothing.
        let bytes = try Data(contentsOf: schoolRoadmap)
        let again = run(["skeleton", "w", "--municipality", "svetlogorsk"])
        #expect(again.code == 0)
        #expect(try Data(contentsOf: schoolRoadmap) == bytes)
        #expect(try activityIDs(schoolRoadmap).filter { $0.hasPrefix("risk3") } == ["risk3", "risk3-2"])
    }

    // MARK: Item 6: writers refuse duplicate ids

    @Test func aDuplicateActivityIDInTheSchoolsRoadmapStopsTheSkeleton() throws {
        try edit("roadmaps/schools/\(Self.school).json") { roadmap in
            var sections = try #require(roadmap["sections"] as? [[String: Any]])
            var activities = try #require(sections[0]["activities"] as? [[String: Any]])
            var copy = activities[0]
            copy["title"] = "Второе мероприятие с тем же id"
            copy["origin"] = "added"
            activities.append(copy)
            sections[0]["activities"] = activities
            roadmap["sections"] = sections
        }
        let before = WorkspaceSnapshot(directory)
        let result = run(["skeleton", "w", "--municipality", "svetlogorsk"])
        #expect(result.code == 1)
        #expect(
            result.err.contains("roadmaps/schools/\(Self.school).json: activity id \"r1\" occurs twice; fix the file, nothing was written"))
        #expect(WorkspaceSnapshot(directory).changes(since: before) == [])
    }

    @Test(arguments: [
        ["skeleton", "w", "--all"], ["progress", "import", "p.csv", "--workspace", "w"],
        ["link", "w", "--municipality", "svetlogorsk", "--apply", "1.1=region:7"],
    ])
    func aDuplicateSchoolIDStopsEveryWriter(_ arguments: [String]) throws {
        try edit("units.json") { units in
            var schools = try #require(units["schools"] as? [[String: Any]])
            var twin = try #require(schools.first { $0["id"] as? String == "neman-sosh-108" })
            twin["municipality"] = "svetlogorsk"
            schools.append(twin)
            units["schools"] = schools
        }
        try Data("school,activity,status,completion date\n\(Self.school),r19,done,2023-05-10\n".utf8)
            .write(to: directory.appendingPathComponent("p.csv"))
        let before = WorkspaceSnapshot(directory)
        let result = run(arguments)
        #expect(result.code == 1)
        #expect(
            result.err.hasPrefix(
                "error: units.json:schools[10].id: [duplicate-id] school \"neman-sosh-108\" is listed twice\n"))
        #expect(result.err.hasSuffix("stopped before writing: nothing was changed\n"))
        #expect(WorkspaceSnapshot(directory).changes(since: before) == [])
    }

    // MARK: Item 7: rewrites keep mode and group

    @Test func aRewriteKeepsTheFilesModeAndGroup() throws {
        let path = schoolProgress.path
        #expect(chmod(path, 0o640) == 0)
        // Another group: root may give any; another user keeps its own group.
        let group: gid_t = getuid() == 0 ? 4242 : getgid()
        #expect(chown(path, uid_t.max, group) == 0)
        try Data("school,activity,status,completion date\n\(Self.school),r19,done,2023-05-10\n".utf8)
            .write(to: directory.appendingPathComponent("p.csv"))
        let before = try Data(contentsOf: schoolProgress)
        let result = run(["progress", "import", "p.csv", "--workspace", "w"])
        #expect(result.code == 0, "\(result.err)")
        #expect(try Data(contentsOf: schoolProgress) != before)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o640)
        #expect(info.st_gid == group)
    }

    // MARK: Item 16: temporaries of killed runs

    @Test func theNextWriterRemovesTemporariesOfDeadRunsOnly() throws {
        // A process that has ended: its pid names no running process.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ended.processIdentifier
        let folder = workspace.appendingPathComponent("progress/schools")
        let stale = folder.appendingPathComponent(".\(Self.school).json.tmp-\(dead)-77")
        let live = folder.appendingPathComponent(".\(Self.school).json.tmp-1-77")
        try Data("половина".utf8).write(to: stale)
        try Data("чужая запись".utf8).write(to: live)
        try Data("school,activity,status,completion date\n\(Self.school),r19,done,2023-05-10\n".utf8)
            .write(to: directory.appendingPathComponent("p.csv"))
        let result = run(["progress", "import", "p.csv", "--workspace", "w"])
        #expect(result.code == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }

    @Test func skeletonIntoAnOutputDirectoryRemovesTemporariesOfDeadRunsThere() throws {
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let stale = out.appendingPathComponent(".\(Self.school).json.tmp-\(ended.processIdentifier)-77")
        let live = out.appendingPathComponent(".\(Self.school).json.tmp-1-77")
        try Data("половина".utf8).write(to: stale)
        try Data("чужая запись".utf8).write(to: live)
        let result = run(["skeleton", "w", "--municipality", "svetlogorsk", "--output", "out"])
        #expect(result.code == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }

    // MARK: Items 8 and 9: no crash

    @Test(arguments: [["compliance", "w", "--as-of", "2023-06-30"], ["deadlines", "w", "--as-of", "2023-06-30"]])
    func aDuplicateMunicipalityIsAFindingNotACrash(_ arguments: [String]) throws {
        try edit("units.json") { units in
            var municipalities = try #require(units["municipalities"] as? [[String: Any]])
            municipalities.append(municipalities[0])
            units["municipalities"] = municipalities
        }
        let result = run(arguments)
        #expect(result.code == 1)
        #expect(result.err.contains("units.json:municipalities[5].id: error: [duplicate-id] municipality \"svetlogorsk\" is listed twice"))
    }

    @Test func aChainOfTwentyFiveThousandLinksIsCheckedWithoutOverflowingTheStack() throws {
        try edit("roadmaps/municipalities/svetlogorsk.json") { roadmap in
            var sections = try #require(roadmap["sections"] as? [[String: Any]])
            let count = 25_000
            var chain: [[String: Any]] = []
            for i in 0..<count {
                chain.append([
                    "id": "c\(i)", "title": "Шаг \(i)", "schedule": "до 30.12.2023",
                    "implements": ["municipality:c\((i + count - 1) % count)"],
                ])
            }
            sections.append(["title": "Цепочка", "activities": chain])
            roadmap["sections"] = sections
        }
        let result = run(["validate", "w", "--all"])
        #expect(result.code == 1)
        let cycles = result.out.split(separator: "\n").filter { $0.contains("[link-cycle]") }
        #expect(cycles.count == 1)
        #expect(cycles.first?.contains("municipality:svetlogorsk:c0 → municipality:svetlogorsk:c24999") == true)
    }

    // MARK: Item 14: what did not load is named as such

    @Test func anUnreadableRegisterIsNotAnEmptyOne() throws {
        let units = workspace.appendingPathComponent("units.json")
        try Data(contentsOf: units).prefix(50).write(to: units)
        let result = run(["units", "list", "--workspace", "w"], language: .ru)
        #expect(result.code == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.hasSuffix("ошибка: units.json не прочитан; список не показан\n"))
        #expect(result.err.hasPrefix("units.json:4:5: error: [invalid-json]"))
    }

    @Test func anUnreadablePlanIsNotAMissingOne() throws {
        let plan = workspace.appendingPathComponent("roadmaps/region.json")
        try Data(contentsOf: plan).prefix(50).write(to: plan)
        let result = run(["explain", "w", "--school", Self.school, "--activity", "r5"])
        #expect(result.code == 1)
        #expect(result.err.hasPrefix("roadmaps/region.json:4:14: error: [invalid-json]"))
        #expect(result.err.hasSuffix("error: 1 file(s) could not be read; no explanation given\n"))
        #expect(!result.err.contains("no regional plan"))
    }

    @Test func permissionAndFileTypeProblemsAreNotFiledAsJSON() throws {
        let plan = workspace.appendingPathComponent("roadmaps/region.json")
        try FileManager.default.removeItem(at: plan)
        try FileManager.default.createDirectory(at: plan, withIntermediateDirectories: false)
        let result = run(["validate", "w", "--all"])
        #expect(result.code == 1)
        #expect(
            result.out.contains("roadmaps/region.json: error: [unreadable-file] cannot read the file: not a regular file (a directory)"))
    }

    @Test func aDirectoryInPlaceOfTheSettingsIsNamed() throws {
        let settings = workspace.appendingPathComponent("workspace.json")
        try FileManager.default.removeItem(at: settings)
        try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: false)
        let result = run(["validate", "w", "--all"])
        #expect(result.code == 1)
        #expect(result.err == "error: workspace.json: cannot read: not a regular file (a directory)\n")
    }

    // MARK: Item 15: bounded numbers

    @Test func anAbsurdLeadTimeIsAFindingAndStopsWriters() throws {
        try edit("workspace.json") { settings in
            var rules = try #require(settings["rules"] as? [String: Any])
            rules["leadDays"] = [["level": "municipality", "days": -100_000], ["level": "school", "days": 0]]
            settings["rules"] = rules
        }
        let finding = "workspace.json:rules.leadDays[0].days: error: [value-out-of-range] a lead time of -100000 days is outside -366…366"
        let validate = run(["validate", "w", "--all"])
        #expect(validate.code == 1)
        #expect(validate.out.contains(finding))
        let before = WorkspaceSnapshot(directory)
        let skeleton = run(["skeleton", "w", "--municipality", "svetlogorsk"])
        #expect(skeleton.code == 1)
        #expect(skeleton.err.hasPrefix("error: workspace.json:rules.leadDays[0].days: [value-out-of-range]"))
        #expect(WorkspaceSnapshot(directory).changes(since: before) == [])
    }
}
