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

/// The one-pass readers skip white space eight bytes at a time, find a key by its length and read
/// members in a loop: every layout a person or another tool may give a valid file — minified,
/// tabs, CRLF, odd indentation, spaces around the colon, keys in another order — must still decode
/// to exactly what the tree path builds, and a broken file must keep the tree path's line:column.
@Suite struct PullLayoutTests {
    /// How a file is laid out: what stands between its tokens.
    struct Layout: Sendable, CustomStringConvertible {
        var name: String
        var indent = ""
        var newline = ""
        var beforeColon = ""
        var afterColon = ""
        var afterComma = ""
        var reversedKeys = false

        var description: String { name }
    }

    static let layouts: [Layout] = [
        Layout(name: "minified"),
        Layout(name: "tabs and CRLF", indent: "\t", newline: "\r\n", afterColon: " "),
        Layout(name: "two spaces", indent: "  ", newline: "\n", afterColon: " "),
        // Indentation runs that cross eight-byte words at every offset.
        Layout(name: "seventeen spaces", indent: String(repeating: " ", count: 17), newline: "\n", afterColon: " "),
        Layout(name: "spaces around the colon", indent: " ", newline: "\n", beforeColon: "  ", afterColon: "   "),
        Layout(name: "one line with spaces", beforeColon: " ", afterColon: " ", afterComma: " "),
        Layout(name: "blank lines and a tab", indent: " \t ", newline: "\n\n", afterColon: "\t", afterComma: "\r\n"),
        Layout(name: "keys in reverse order", indent: "    ", newline: "\n", afterColon: " ", reversedKeys: true),
    ]

    /// `value` written out in `layout` (numbers as integers where they are whole).
    static func render(_ value: JSONValue, _ layout: Layout, depth: Int = 0) -> String {
        func line(_ level: Int) -> String { layout.newline + String(repeating: layout.indent, count: level) }
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .string(let s): return quoted(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let inner = items.map { line(depth + 1) + render($0, layout, depth: depth + 1) }
            return "[" + inner.joined(separator: "," + layout.afterComma) + line(depth) + "]"
        case .object(let object):
            if object.keys.isEmpty { return "{}" }
            var order = Array(object.keys.indices)
            if layout.reversedKeys { order.reverse() }
            let inner = order.map { k in
                line(depth + 1) + quoted(object.keys[k]) + layout.beforeColon + ":" + layout.afterColon
                    + render(object.values[k], layout, depth: depth + 1)
            }
            return "{" + inner.joined(separator: "," + layout.afterComma) + line(depth) + "}"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func tree(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in try JSONParser.parse(raw.bindMemory(to: UInt8.self)) }
    }

    @Test(arguments: layouts)
    func everyBundledFileDecodesInOnePassInEveryLayout(layout: Layout) throws {
        var files = 0
        for url in PullDecodingTests.workspaceFiles
        where !url.path.contains("/validation/") || url.path.contains("/validation/valid/") {
            let original = try Data(contentsOf: url)
            let data = Data(Self.render(try Self.tree(original), layout).utf8)
            if url.path.contains("/roadmaps/") {
                let expected = try WorkspaceStore.decodeRoadmap(original, path: url.lastPathComponent)
                let pulled = PullDecodingTests.pulled(data) { (p) throws(JSONParser.SyntaxError) in try Roadmap(pulling: &p) }
                #expect(pulled == expected, "\(url.lastPathComponent), \(layout)")
            } else {
                let expected = try WorkspaceStore.decodeProgress(original, path: url.lastPathComponent)
                let pulled = PullDecodingTests.pulled(data) { (p) throws(JSONParser.SyntaxError) in try ProgressLog(pulling: &p) }
                #expect(pulled == expected, "\(url.lastPathComponent), \(layout)")
            }
            files += 1
        }
        #expect(files >= 30)
    }

    /// White space the reader must refuse inside and around values (JSON allows only space, tab,
    /// LF and CR): the combined reader reports the tree path's error.
    @Test(arguments: [
        "{\"owner\":{\"level\":\"school\",\"id\":\"s1\"},\u{0B}\"period\":\"2023\"}",  // vertical tab
        "{\"owner\":{\"level\":\"school\",\"id\":\"s1\"},\u{0C}\"period\":\"2023\"}",  // form feed
        "{\"owner\":{\"level\":\"school\",\"id\":\"s1\"},\u{A0}\"period\":\"2023\"}",  // no-break space
        "{\"owner\":{\"level\":\"school\",\"id\":\"s1\"},          \u{00}\"period\":\"2023\"}",  // NUL after a run
        "{\"owner\":{\"level\":\"school\",\"id\":\"s1\"},\"period\"        ;\"2023\"}",  // not a colon after a run
        "{\"owner\":{\"level\":\"school\",\"id\":\"s1\"},\"period\":\"2023\"          ",  // no closing brace
    ])
    func strayBytesBetweenTokensGetTheTreePathsError(text: String) {
        let data = Data(text.utf8)
        var treeError: WorkspaceError?
        do { _ = try WorkspaceStore.decodeRoadmap(data, path: "x.json") } catch { treeError = error }
        var combinedError: WorkspaceError?
        do { _ = try PullDecodingTests.roadmap(data) } catch { combinedError = error }
        #expect(treeError != nil)
        #expect(combinedError.map { "\($0)" } == treeError.map { "\($0)" })
    }

    @Test func aMissingCommaInAnIndentedFileIsReportedAtItsLineAndColumn() throws {
        let log = ProgressLog(
            owner: .school("s1"),
            records: [
                ProgressRecord(activity: "r1", status: .done, completedOn: LocalDate(year: 2023, month: 3, day: 30)),
                ProgressRecord(activity: "r2", status: .inProgress),
            ])
        var text = String(decoding: WorkspaceStore.encodeProgress(log), as: UTF8.self)
        // Drop the comma after the first record's status: the next key stands where ',' or '}' is expected.
        let status = try #require(text.range(of: "\"status\": \"done\","))
        text.replaceSubrange(status, with: "\"status\": \"done\"")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("\"status\": \"done\"") }) + 2
        let column = lines[line - 1].prefix { $0 == " " }.count + 1
        let data = Data(text.utf8)
        #expect(
            PullDecodingTests.pulled(data) { (p) throws(JSONParser.SyntaxError) in try ProgressLog(pulling: &p) } == nil)
        do {
            let _: ProgressLog = try WorkspaceJSON.decode(data, path: "progress/schools/s1.json", interner: StringInterner())
            Issue.record("a file without its comma was read")
        } catch {
            guard case .invalidFile(let path, let location, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == "progress/schools/s1.json")
            #expect(location == "\(line):\(column)")
            #expect(reason.en.contains("expected ','"))
        }
    }
}
