import Foundation

/// `--format json`: the whole report with its stable field names (Docs/compliance.md, «JSON report»).
public enum ComplianceJSONRenderer {
    /// Pretty-printed JSON with sorted keys; units optionally narrowed to one level.
    public static func render(_ report: ComplianceReport, level: Level? = nil) throws -> String {
        var copy = report
        if let level { copy.units = report.units(at: level) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(copy), as: UTF8.self) + "\n"
    }
}
