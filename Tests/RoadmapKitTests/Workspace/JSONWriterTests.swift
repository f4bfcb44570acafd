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

/// The workspace JSON writer's exact bytes: indentation, commas, escapes and numbers.
@Suite struct JSONWriterTests {
    @Test func aDocumentWithEveryKindOfValue() throws {
        var w = JSONWriter(capacity: 8)
        w.beginObject()
        w.field("schemaVersion", 1)
        w.field("x", "один")
        w.field("escapes", "\"кавычки\" \\ перевод\nстроки\tи\r\u{01}")
        w.field("negative", -42)
        w.field("min", Int.min)
        w.field("zero", 0)
        w.key("numbers")
        w.beginArray()
        for value in [1.5, 3.0, -0.25] {
            w.item()
            w.number(value)
        }
        w.endArray()
        w.field("flag", false)
        w.field("empty", [String](), omitEmpty: false)
        w.field("skipped", [String]())
        w.field("links", [ActivityLink(level: .region, activity: "5"), ActivityLink(level: .municipality, activity: "2\"1")])
        w.field("schools", [SchoolID("s1")])
        w.key("nested")
        w.beginObject()
        w.key("inner")
        w.beginObject()
        w.endObject()
        w.endObject()
        w.endObject()
        let text = String(decoding: w.finish(), as: UTF8.self)
        let expected = """
            {
              "schemaVersion": 1,
              "x": "один",
              "escapes": "\\"кавычки\\" \\\\ перевод\\nстроки\\tи\\r\\u0001",
              "negative": -42,
              "min": -9223372036854775808,
              "zero": 0,
              "numbers": [
                1.5,
                3,
                -0.25
              ],
              "flag": false,
              "empty": [],
              "links": [
                "region:5",
                "municipality:2\\"1"
              ],
              "schools": [
                "s1"
              ],
              "nested": {
                "inner": {}
              }
            }

            """
        #expect(text == expected)
        // What a reader makes of it.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["escapes"] as? String == "\"кавычки\" \\ перевод\nстроки\tи\r\u{01}")
        #expect(parsed["min"] as? Int == Int.min)
    }

    @Test func aReusedWriterStartsEachDocumentAfresh() {
        var w = JSONWriter(capacity: 16)
        var documents: [String] = []
        for title in ["первый документ, длиннее начального буфера", "второй"] {
            WorkspaceJSON.encode(into: &w) { $0.field("title", title) }
            documents.append(w.withBytes { String(decoding: $0, as: UTF8.self) })
        }
        #expect(
            documents == [
                "{\n  \"schemaVersion\": 1,\n  \"title\": \"первый документ, длиннее начального буфера\"\n}\n",
                "{\n  \"schemaVersion\": 1,\n  \"title\": \"второй\"\n}\n",
            ])
        #expect(documents[1].utf8.elementsEqual(WorkspaceJSON.encode { $0.field("title", "второй") }))
    }

    @Test func indentationOfDeepContainers() {
        var w = JSONWriter()
        for _ in 0..<20 { w.beginArray(); w.item() }
        w.bool(true)
        for _ in 0..<20 { w.endArray() }
        let lines = String(decoding: w.finish(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 41)
        #expect(lines[20] == Substring(String(repeating: " ", count: 40) + "true"))
        #expect(lines[21] == Substring(String(repeating: " ", count: 38) + "]"))
    }

    /// Texts of every length around the scanner's eight-byte steps, with a character to escape at
    /// each position or none: each is written escaped exactly where needed.
    @Test(arguments: [1, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33, 64])
    func textsOfEveryLengthAreEscapedWhereNeeded(length: Int) throws {
        for (filler, special) in ["a", "ж"].flatMap({ f in ["\"", "\\", "\n", "\u{01}", nil].map { (f, $0) } }) {
            for position in 0..<length {
                var characters = Array(repeating: filler, count: length)
                if let special { characters[position] = special }
                let text = characters.joined()
                var w = JSONWriter(capacity: 8)
                w.beginArray()
                w.item()
                w.string(text)
                w.endArray()
                let data = w.finish()
                let decoded = try JSONDecoder().decode([String].self, from: data)
                #expect(decoded == [text])
                let escaped = characters.map { c in
                    switch c {
                    case "\"": "\\\""
                    case "\\": "\\\\"
                    case "\n": "\\n"
                    case "\u{01}": "\\u0001"
                    default: c
                    }
                }
                #expect(String(decoding: data, as: UTF8.self) == "[\n  \"" + escaped.joined() + "\"\n]\n")
                if special == nil { break }
            }
        }
    }
}
