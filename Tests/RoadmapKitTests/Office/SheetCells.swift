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

/// Reads back the cells of a workbook written by `XlsxWorkbook` for tests: the sheet names in
/// order, and per sheet each cell's text or number and its style index. Only the subset the
/// writer produces (shared strings, `<v>` values) — enough to compare figures with the JSON report.
struct SheetCells {
    enum Value: Equatable {
        case text(String)
        case number(Double)
    }

    var names: [String]
    /// Per sheet: reference («E2») → (value, style index).
    var sheets: [[String: (value: Value, style: Int)]]
    /// Per style index: its number format id and fill id.
    var styles: [(format: Int, fill: Int)]

    init(_ data: Data) throws {
        let workbook = try StoredZip.text(data, "xl/workbook.xml")
        names = Self.matches(#"<sheet name="([^"]*)""#, in: workbook).map { Self.unescape($0[0]) }
        let strings = try StoredZip.text(data, "xl/sharedStrings.xml")
        let shared = Self.matches(#"<si><t(?: xml:space="preserve")?>(.*?)</t></si>"#, in: strings).map { Self.unescape($0[0]) }
        let styleXML = try StoredZip.text(data, "xl/styles.xml").components(separatedBy: "<cellXfs")[1]
        styles = Self.matches(#"<xf numFmtId="(\d+)" fontId="\d+" fillId="(\d+)""#, in: styleXML).map { (Int($0[0])!, Int($0[1])!) }
        sheets = []
        for index in names.indices {
            let xml = try StoredZip.text(data, "xl/worksheets/sheet\(index + 1).xml")
            var cells: [String: (Value, Int)] = [:]
            for m in Self.matches(#"<c r="([A-Z]+\d+)"(?: s="(\d+)")?( t="s")?(?:/>|><v>([^<]*)</v></c>)"#, in: xml) {
                guard !m[3].isEmpty else { continue }
                let style = Int(m[1]) ?? 0
                cells[m[0]] = m[2].isEmpty ? (.number(Double(m[3])!), style) : (.text(shared[Int(m[3])!]), style)
            }
            sheets.append(cells)
        }
    }

    /// The sheet named `name`.
    func sheet(_ name: String) throws -> [String: (value: Value, style: Int)] {
        sheets[try #require(names.firstIndex(of: name), "no sheet \(name) in \(names)")]
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (1..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    static func unescape(_ text: String) -> String {
        var t = text
        for (entity, c) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#9;", "\t"), ("&#10;", "\n"), ("&#13;", "\r"),
            ("&amp;", "&"),
        ] {
            t = t.replacingOccurrences(of: entity, with: c)
        }
        return t
    }
}
