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

/// `UnitRegister(pulling:)` must build exactly what the tree reader builds, and leave anything
/// else to it, so the errors stay the tree path's.
@Suite struct UnitsPullTests {
    static func pulled(_ data: Data) -> UnitRegister? {
        PullDecodingTests.pulled(data) { (p) throws(JSONParser.SyntaxError) in try UnitRegister(pulling: &p) }
    }

    static func combined(_ data: Data) throws(WorkspaceError) -> UnitRegister {
        try WorkspaceJSON.decode(data, path: "units.json", interner: StringInterner())
    }

    static func same(_ a: UnitRegister?, _ b: UnitRegister?) -> Bool {
        a?.municipalities == b?.municipalities && a?.schools == b?.schools
    }

    /// Every register of the examples and fixtures, in its own layout and minified.
    @Test func everyBundledRegisterDecodesInOnePassToTheTreeValue() throws {
        var urls: [URL] = []
        for root in [Fixture.repositoryRoot.appendingPathComponent("Examples"), Fixture.url("compliance"), Fixture.url("validation")] {
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.lastPathComponent == "units.json" { urls.append(url) }
            }
        }
        #expect(urls.count >= 5)
        for url in urls {
            let data = try Data(contentsOf: url)
            let tree = Result { () throws(WorkspaceError) in try WorkspaceStore.decodeUnits(data, path: "units.json") }
            let combined = Result { () throws(WorkspaceError) in try Self.combined(data) }
            #expect("\(combined)" == "\(tree)", "\(url.path)")
            if case .success(let register) = tree {
                #expect(Self.same(Self.pulled(data), register), "\(url.path)")
                let minified = Data(PullLayoutTests.render(try PullLayoutTests.tree(data), PullLayoutTests.layouts[0]).utf8)
                #expect(Self.same(Self.pulled(minified), register), "\(url.path), minified")
            }
        }
    }

    @Test func everyFieldSurvivesTheOnePassReader() throws {
        let register = UnitRegister(
            municipalities: [
                Municipality(id: "m1", name: "Светлогорский городской округ", aliases: ["Светлогорский ГО", "г. Светлогорск"]),
                Municipality(id: "m2", name: "Неманский муниципальный округ", coordinator: "Координатор «500+»"),
            ],
            schools: [
                School(
                    id: "s1", municipality: "m1", name: "МАОУ «СОШ № 1»", shortName: "СОШ № 1", code: "390001",
                    flags: ProgrammeFlags(lowResults: true, difficultConditions: true, participant500: false, years: [2022, 2023]),
                    riskDirections: ["Низкая учебная мотивация", "Высокая доля обучающихся с рисками учебной неуспешности"],
                    responsible: "Заместитель директора"),
                School(id: "s2", municipality: "m2", name: "МБОУ «Школа № 2»"),
            ])
        let data = WorkspaceStore.encodeUnits(register)
        let pulled = try #require(Self.pulled(data))
        #expect(pulled.municipalities == register.municipalities)
        #expect(pulled.schools == register.schools)
    }

    /// Registers the one-pass reader hands to the tree path: the combined reader gives the tree
    /// path's value or error.
    @Test(arguments: [
        #"{"schools":[{"id":"s1","municipality":"m1"}]}"#,  // no name
        #"{"schools":[{"id":"s1","municipality":"m1","name":null}]}"#,  // a required field null
        #"{"schools":[{"id":"s1","municipality":"m1","name":"Школа","flags":{"years":[2023.5]}}]}"#,  // not a whole year
        #"{"schools":[{"id":"s1","municipality":"m1","name":"Школа","flags":{"years":[null]}}]}"#,  // not a year
        #"{"schools":[{"id":"s1","municipality":"m1","name":"Школа","flags":{"lowResults":1}}]}"#,  // not a bool
        #"{"schools":[{"id":"s1","municipality":"m1","name":"Школа","flags":null,"riskDirections":null}]}"#,  // nulls
        #"{"schools":[{"id":"s1","municipality":"m1","name":"Первое","name":"Второе"}]}"#,  // first key wins
        #"{"schools":[{"id":"s1","municipality":"m1","nam\u0065":"Экранированный ключ"}]}"#,  // escaped key
        #"{"municipalities":[{"id":"m1","name":"Округ","aliases":["a",1]}]}"#,  // not a string
        #"{"municipalities":[{"id":"m1","name":"Округ","extra":{"a":[true,false,null]}}],"note":"x"}"#,  // unknown keys
        #"{"schemaVersion":9,"schools":[]}"#,  // newer schema
        #"{"municipalities":[],"schools":[],}"#,  // syntax error
    ])
    func unusualRegistersGetTheTreePathsResult(text: String) {
        let data = Data(text.utf8)
        let tree = Result { () throws(WorkspaceError) in try WorkspaceStore.decodeUnits(data, path: "units.json") }
        let combined = Result { () throws(WorkspaceError) in try Self.combined(data) }
        #expect("\(combined)" == "\(tree)")
    }
}
