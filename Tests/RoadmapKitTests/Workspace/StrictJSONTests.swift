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

/// The one JSON reader is strict (issue 20, items 2 and 15): UTF-8 only, no repeated keys, no
/// trailing commas, no lone surrogates, numbers in range, `schemaVersion` a whole number.
@Suite struct StrictJSONTests {
    static let roadmap = #"{"schemaVersion": 1, "owner": {"level": "region"}, "period": "2023", "title": "План"}"#

    func error(_ data: Data, path: String = "f.json") -> WorkspaceError? {
        do {
            _ = try WorkspaceStore.decodeRoadmap(data, path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func theExampleRoadmapReads() throws {
        #expect(try WorkspaceStore.decodeRoadmap(Data(Self.roadmap.utf8), path: "r").title == "План")
    }

    /// Byte sequences that are not UTF-8, and where the first bad byte stands.
    @Test(arguments: [
        ([0xD0, 0x9F, 0xCF], 2),  // «П» then a Windows-1251 «п»
        ([0x41, 0xC0, 0x80], 1),  // an overlong NUL
        ([0xED, 0xA0, 0x80], 0),  // an encoded surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
        ([0x41, 0x42, 0xE2, 0x82], 2),  // cut short at the end
        ([0x80], 0),  // a continuation byte alone
    ])
    func invalidUTF8IsFoundAtItsFirstByte(_ bytes: [UInt8], _ offset: Int) {
        let padded = Array(repeating: UInt8(ascii: "a"), count: 13) + bytes
        #expect(padded.withUnsafeBufferPointer { UTF8Check.firstInvalid($0) } == 13 + offset)
    }

    @Test(arguments: ["План мероприятий", "😀 emoji", "ascii only, long enough to take the eight-byte path", "ё№«»—"])
    func validUTF8Passes(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { UTF8Check.firstInvalid($0) } == nil)
    }

    @Test func aFileInWindows1251IsRefusedWhereItGoesWrong() throws {
        let cp1251 = try #require(TextDecoding.encodeWindows1251(Self.roadmap))
        let failure = try #require(error(cp1251))
        guard case .invalidFile(_, let location, let reason) = failure else {
            Issue.record("unexpected \(failure)")
            return
        }
        #expect(location == "1:80")
        #expect(reason.en.hasPrefix("not valid JSON: not UTF-8 text (save the file as UTF-8)"))
        #expect(reason.ru.hasPrefix("не JSON: текст не в UTF-8 (сохраните файл в кодировке UTF-8)"))
    }

    @Test(arguments: [
        (
            #"{"schemaVersion": 1, "owner": {"level": "region"}, "owner": {"level": "region"}, "period": "2023"}"#, "1:52",
            "repeated key \"owner\""
        ),
        (#"{"schemaVersion": 1, "owner": {"level": "region"}, "period": "2023",}"#, "1:69", "expected a key in double quotes"),
        (
            #"{"schemaVersion": 1, "owner": {"level": "region"}, "period": "2023", "title": "\ud800"}"#, "1:80",
            "invalid \\u escape (a lone surrogate)"
        ),
        (#"{"schemaVersion": 1, "owner": {"level": "region"}, "period": "2023", "x": [1e999]}"#, "1:76", "number out of range"),
    ])
    func lenientInputsAreErrorsAtTheirPlace(_ text: String, _ location: String, _ message: String) throws {
        let failure = try #require(error(Data(text.utf8)))
        guard case .invalidFile(let path, let at, let reason) = failure else {
            Issue.record("unexpected \(failure)")
            return
        }
        #expect(path == "f.json")
        #expect(at == location)
        #expect(reason.en.contains(message))
    }

    @Test(arguments: [
        (#""1""#, "a string", "строка"), ("1.5", "1.5", "1.5"), ("-1", "-1.0", "-1.0"), ("0", "0.0", "0.0"),
    ])
    func schemaVersionIsAWholeNumberFromOne(_ version: String, _ found: String, _ foundRussian: String) throws {
        let text = Self.roadmap.replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": \#(version)"#)
        let reason = LocalizedText(
            ru: "ожидается целое число от 1 до 1, найдено \(foundRussian)", en: "expected a whole number from 1 to 1, found \(found)")
        #expect(error(Data(text.utf8)) == .invalidFile(path: "f.json", location: "schemaVersion", reason: reason))
    }

    @Test func aNewerSchemaVersionIsNamed() {
        let text = Self.roadmap.replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": 2"#)
        #expect(error(Data(text.utf8)) == .schemaTooNew(path: "f.json", found: 2, supported: 1))
    }

    /// workspace.json is read by Foundation's decoder, which accepts trailing commas and reported a
    /// number it cannot hold at 1:1; the strict reader goes first.
    @Test(arguments: [
        ("{\n  \"schemaVersion\": 1,\n  \"period\": \"2023\",\n}\n", "4:1", "expected a key in double quotes"),
        ("{\n  \"schemaVersion\": 1,\n  \"x\": 1e999\n}\n", "3:8", "number out of range"),
        ("{\n  \"schemaVersion\": 1,\n  \"schemaVersion\": 1\n}\n", "3:3", "repeated key \"schemaVersion\""),
    ])
    func workspaceSettingsAreReadStrictly(_ text: String, _ location: String, _ message: String) throws {
        let directory = try TemporaryDirectory.make("strict")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(text.utf8).write(to: directory.appendingPathComponent("workspace.json"))
        do {
            _ = try WorkspaceStore(directory: directory).load()
            Issue.record("expected an error")
        } catch {
            guard case .invalidFile(let path, let at, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "workspace.json")
            #expect(at == location)
            #expect(reason.en.contains(message))
        }
    }
}
