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

/// The one-pass readers (`Roadmap(pulling:)`, `ProgressLog(pulling:)`) must build exactly what the
/// tree readers build, and leave every file they do not fully understand to the tree path, so the
/// errors stay the tree path's.
@Suite struct PullDecodingTests {
    /// Every roadmap and progress file of the bundled example workspaces and test fixtures.
    static let workspaceFiles: [URL] = {
        let roots = [
            Fixture.repositoryRoot.appendingPathComponent("Examples"),
            Fixture.url("compliance"), Fixture.url("cascade"), Fixture.url("validation"),
        ]
        var files: [URL] = []
        for root in roots {
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                let path = url.path
                if path.hasSuffix(".json"), path.contains("/roadmaps/") || path.contains("/progress/") { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }()

    static func pulled<T>(_ data: Data, _ read: (inout JSONParser) throws(JSONParser.SyntaxError) -> T) -> T? {
        data.withUnsafeBytes { raw in WorkspaceJSON.pull(raw.bindMemory(to: UInt8.self), interner: StringInterner(), read) }
    }

    static func roadmap(_ data: Data) throws(WorkspaceError) -> Roadmap {
        try WorkspaceJSON.decode(data, path: "x.json", interner: StringInterner())
    }

    @Test func theFixturesAreThere() {
        #expect(Self.workspaceFiles.count >= 30)
    }

    @Test func everyBundledFileDecodesInOnePassToTheTreeValue() throws {
        // The validation fixtures are broken on purpose (see the next test), except `valid`.
        for url in Self.workspaceFiles where !url.path.contains("/validation/") || url.path.contains("/validation/valid/") {
            let data = try Data(contentsOf: url)
            if url.path.contains("/roadmaps/") {
                let tree = try WorkspaceStore.decodeRoadmap(data, path: url.lastPathComponent)
                let pulled = Self.pulled(data) { (p) throws(JSONParser.SyntaxError) in try Roadmap(pulling: &p) }
                #expect(pulled == tree, "\(url.path)")
            } else {
                let tree = try WorkspaceStore.decodeProgress(data, path: url.lastPathComponent)
                let pulled = Self.pulled(data) { (p) throws(JSONParser.SyntaxError) in try ProgressLog(pulling: &p) }
                #expect(pulled == tree, "\(url.path)")
            }
        }
    }

    @Test func brokenFixturesGetTheSameResultThroughTheCombinedReader() throws {
        for url in Self.workspaceFiles where url.path.contains("/validation/") && url.path.contains("/roadmaps/") {
            let data = try Data(contentsOf: url)
            let tree = Result { () throws(WorkspaceError) in try WorkspaceStore.decodeRoadmap(data, path: "x.json") }
            let combined = Result { () throws(WorkspaceError) in try Self.roadmap(data) }
            #expect("\(combined)" == "\(tree)", "\(url.path)")
        }
    }

    @Test func everyFieldOfAFullRoadmapSurvivesTheOnePassReader() throws {
        let data = WorkspaceStore.encodeRoadmap(FastJSONTests.fullRoadmap)
        let pulled = try #require(Self.pulled(data) { (p) throws(JSONParser.SyntaxError) in try Roadmap(pulling: &p) })
        #expect(pulled == FastJSONTests.fullRoadmap)
    }

    @Test func aFullProgressLogSurvivesTheOnePassReader() throws {
        let log = ProgressLog(
            owner: .school("s1"),
            records: [
                ProgressRecord(
                    activity: "r1", occurrence: LocalDate(year: 2023, month: 3, day: 31), status: .done,
                    completedOn: LocalDate(year: 2023, month: 3, day: 30), evidence: ["Аналитическая справка № 2 от 30.03.2023"],
                    count: 12, comment: "проведено «дистанционно»\nв два этапа", reportedBy: "Заместитель директора",
                    reportedOn: LocalDate(year: 2023, month: 4, day: 1)),
                ProgressRecord(activity: "r2", status: .inProgress),
            ])
        let data = WorkspaceStore.encodeProgress(log)
        #expect(Self.pulled(data) { (p) throws(JSONParser.SyntaxError) in try ProgressLog(pulling: &p) } == log)
    }

    static let base = #"{"owner":{"level":"school","id":"s1"},"period":"2023","sections":[{"activities":[%@]}]}"#

    static func roadmapText(_ activity: String) -> Data {
        Data(base.replacingOccurrences(of: "%@", with: activity).utf8)
    }

    /// Files the one-pass reader must hand to the tree path, and what the tree path makes of them.
    @Test(arguments: [
        // An escaped key.
        (#"{"id":"1","titl\u0065":"Экранированный ключ"}"#, "Экранированный ключ"),
        // Escapes in values and an unknown field with nested values.
        (#"{"id":"1","title":"Кавычки \"и\" \u00ABёлочки\u00BB","note":{"a":[1,2,{"b":null}]}}"#, "Кавычки \"и\" «ёлочки»"),
        // `null` for optional fields and arrays.
        (#"{"id":"1","title":"Пустые поля","number":null,"documents":null,"implements":null,"origin":null}"#, "Пустые поля"),
        // A key with an escaped quote (the reader's key runs to the first quote) before the real one.
        (#"{"id":"1","ti\"tle":"Не заголовок","title":"Заголовок"}"#, "Заголовок"),
        // An unknown key with a raw control byte is refused by the tree path as well (see below);
        // an unknown key with an escape is only skipped once the tree path has read it.
        (#"{"id":"1","not\u00e9":{"title":"вложенный"},"title":"Заголовок после"}"#, "Заголовок после"),
        // Links: nested numbers, a colon in the activity, a non-ASCII activity (left to the tree path).
        (#"{"id":"1","title":"Ссылки","implements":["region:5","municipality:2.1","region:5:6","school:пункт 3"]}"#, "Ссылки"),
    ])
    func unusualButValidActivitiesDecodeAsTheTreeReadsThem(activity: String, title: String) throws {
        let data = Self.roadmapText(activity)
        let tree = try WorkspaceStore.decodeRoadmap(data, path: "x.json")
        #expect(try Self.roadmap(data) == tree)
        #expect(tree.sections[0].activities[0].title == title)
        if title == "Ссылки" {
            #expect(
                tree.sections[0].activities[0].implements.map(\.text) == ["region:5", "municipality:2.1", "region:5:6", "school:пункт 3"])
        }
    }

    /// Invalid files: the combined reader reports exactly the tree path's error.
    @Test(arguments: [
        #"{"id":"1"}"#,  // no title
        #"{"id":"1","title":null}"#,  // required field null
        #"{"id":"1","title":5}"#,  // wrong type
        #"{"id":"1","title":"x","documents":["a",3]}"#,  // wrong element type
        #"{"id":"1","title":"x","implements":["region5"]}"#,  // not a link
        #"{"id":"1","title":"x","origin":"imported"}"#,  // unknown origin
        #"{"id":"1","title":"x","implements":["region:"]}"#,  // link without an activity
        #"{"id":"1","title":"x","implements":["Region:5"]}"#,  // unknown level
        "{\"id\":\"1\",\"t\titled\":\"x\",\"title\":\"y\"}",  // a raw tab inside a key
        "{\"id\":\"1\",\"title\":\"x\",\"documents\":[\"При\tказ\"]}",  // a raw tab inside a document
        #"{"id":"1","title":"x",}"#,  // syntax error
        #"{"id":"1","title":"x","provenance":{"schedule":{"kind":"copied"}}}"#,  // rare part, wrong value
    ])
    func invalidActivitiesGetTheTreePathsError(activity: String) {
        let data = Self.roadmapText(activity)
        var treeError: WorkspaceError?
        do { _ = try WorkspaceStore.decodeRoadmap(data, path: "x.json") } catch { treeError = error }
        var combinedError: WorkspaceError?
        do { _ = try Self.roadmap(data) } catch { combinedError = error }
        #expect(treeError != nil)
        #expect(combinedError.map { "\($0)" } == treeError.map { "\($0)" })
    }

    @Test func repeatedDocumentAndLinkArraysAreSharedAcrossFilesOfOneWorker() throws {
        let interner = StringInterner()
        func read(_ activity: String) throws -> Activity {
            let data = Self.roadmapText(activity)
            let roadmap = try WorkspaceJSON.decode(
                data, path: "x.json", interner: interner, pull: { (p) throws(JSONParser.SyntaxError) in try Roadmap(pulling: &p) },
                make: { (o) throws(JSONShapeError) in try Roadmap(json: o) })
            return roadmap.sections[0].activities[0]
        }
        let text = #"{"id":"r5","title":"Программы","documents":["Программы развития ОО", "Приказ"],"implements":["region:5"]}"#
        let first = try read(text)
        let second = try read(text)
        #expect(first == second)
        #expect(first.documents == ["Программы развития ОО", "Приказ"])
        #expect(first.implements == [ActivityLink(level: .region, activity: "5")])
        let sameDocuments = first.documents.withUnsafeBufferPointer { a in
            second.documents.withUnsafeBufferPointer { $0.baseAddress == a.baseAddress }
        }
        let sameLinks = first.implements.withUnsafeBufferPointer { a in
            second.implements.withUnsafeBufferPointer { $0.baseAddress == a.baseAddress }
        }
        #expect(sameDocuments && sameLinks)
        // Another text, an escaped string, an empty array: read on their own, still right.
        #expect(try read(#"{"id":"1","title":"x","documents":["Приказ"]}"#).documents == ["Приказ"])
        #expect(try read(#"{"id":"1","title":"x","documents":["\u041f\u0440\u0438\u043a\u0430\u0437"]}"#).documents == ["Приказ"])
        #expect(try read(#"{"id":"1","title":"x","documents":[]}"#).documents == [])
        // The same strings laid out otherwise: another text (read on its own), the same values.
        #expect(try read(#"{"id":"1","title":"x","documents":[ "Программы развития ОО","Приказ" ]}"#).documents == first.documents)
        #expect(try read(#"{"id":"1","title":"x","documents":["Программы развития ОО", "Приказ", "Приказ"]}"#).documents.count == 3)
        // The same text as a link array and as a string array are kept apart.
        #expect(try read(#"{"id":"1","title":"x","documents":["region:5"],"implements":["region:5"]}"#).documents == ["region:5"])
    }

    @Test func aNewerSchemaIsLeftToTheTreePathWhichRefusesIt() {
        let data = Data(#"{"schemaVersion":7,"owner":{"level":"region"},"period":"2023"}"#.utf8)
        #expect(Self.pulled(data) { (p) throws(JSONParser.SyntaxError) in try Roadmap(pulling: &p) } == nil)
        #expect(throws: WorkspaceError.self) { try Self.roadmap(data) }
    }

    @Test func anAbsurdSchemaVersionIsRefusedNotATrap() {
        let data = Data(#"{"schemaVersion":1e300,"owner":{"level":"region"},"period":"2023"}"#.utf8)
        #expect(throws: WorkspaceError.self) { try Self.roadmap(data) }
    }

    /// Dates in progress records, valid and not: the combined reader gives the tree path's value
    /// or the tree path's error.
    @Test(arguments: [
        "2023-02-28", "2024-02-29", "2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "0000-01-01", "2023-1-011",
        "2023/01/01", "2023-01-0a", "2023-01-:1", "２023-01-01", "０２023-01-01", "2023-01-01 ",
    ])
    func recordDatesReadAsTheTreeReadsThem(date: String) {
        let text = #"{"owner":{"level":"school","id":"s1"},"records":[{"activity":"r1","status":"done","completedOn":"\#(date)"}]}"#
        let data = Data(text.utf8)
        let tree = Result { () throws(WorkspaceError) in try WorkspaceStore.decodeProgress(data, path: "x.json") }
        let combined = Result { () throws(WorkspaceError) in
            try WorkspaceJSON.decode(
                data, path: "x.json", interner: StringInterner(),
                pull: { (p) throws(JSONParser.SyntaxError) in try ProgressLog(pulling: &p) },
                make: { (o) throws(JSONShapeError) in try ProgressLog(json: o) })
        }
        #expect("\(combined)" == "\(tree)")
        if case .success(let log) = tree { #expect(log.records[0].completedOn == LocalDate(iso: date)) }
    }
}
