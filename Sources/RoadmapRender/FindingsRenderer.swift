import Foundation

/// Findings as a person reads them (grouped by code, with counts and a few examples) or as a tool
/// reads them (every line, or JSON).
public enum FindingsRenderer {
    /// One group of findings that share a severity and a code.
    public struct Group: Hashable, Sendable {
        public var severity: Finding.Severity
        public var code: FindingCode
        public var findings: [Finding]
        /// The number of distinct files the group's findings are in.
        public var fileCount: Int { Set(findings.map(\.file)).count }
    }

    /// Findings grouped by severity and code: errors first, then the largest groups; inside a group
    /// the findings keep their order.
    public static func groups(_ findings: [Finding]) -> [Group] {
        var order: [String] = []
        var byKey: [String: Group] = [:]
        for finding in findings {
            let key = "\(finding.severity.rawValue)\u{0}\(finding.code.rawValue)"
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Group(severity: finding.severity, code: finding.code, findings: [])
            }
            byKey[key]?.findings.append(finding)
        }
        return order.compactMap { byKey[$0] }.sorted {
            if $0.severity != $1.severity { return $0.severity < $1.severity }
            if $0.findings.count != $1.findings.count { return $0.findings.count > $1.findings.count }
            return $0.code.rawValue < $1.code.rawValue
        }
    }

    /// The grouped view: a heading line per group with its count, then up to `examples` of its
    /// findings, then how many more there are.
    ///
    ///     предупреждение [missing-activity]: 68 (в 5 файлах)
    ///       roadmaps/municipalities/baltiysk.json:sections: пункт 5 регионального плана …
    ///       … ещё 65
    public static func grouped(_ findings: [Finding], examples: Int = 3, language: Language) -> String {
        var output = ""
        for group in groups(findings) {
            let severity = word(group.severity, language)
            let files =
                group.fileCount > 1
                ? (language == .ru
                    ? " (в \(filesNoun.text(group.fileCount, .ru)))" : " (in \(filesNoun.text(group.fileCount, .en)))")
                : ""
            output += "\(severity) [\(group.code.rawValue)]: \(group.findings.count)\(files)\n"
            for finding in group.findings.prefix(examples) {
                let place = finding.location.map { "\(finding.file):\($0)" } ?? finding.file
                output += "  \(place): \(finding.message.text(language))\n"
            }
            let more = group.findings.count - examples
            if more > 0 { output += language == .ru ? "  … ещё \(more)\n" : "  … \(more) more\n" }
        }
        return output
    }

    /// Every finding on its own compiler-style line (`path:location: error: [code] message`).
    public static func lines(_ findings: [Finding], language: Language) -> String {
        findings.map { $0.formatted(language) + "\n" }.joined()
    }

    /// Every finding as a JSON array of objects with `severity`, `code`, `file`, `location` and
    /// `message`, for tools.
    public static func json(_ findings: [Finding], language: Language) -> String {
        struct Entry: Encodable {
            var severity: String
            var code: String
            var file: String
            var location: String?
            var message: String
        }
        let entries = findings.map {
            Entry(
                severity: $0.severity.rawValue, code: $0.code.rawValue, file: $0.file, location: $0.location,
                message: $0.message.text(language))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// «в 1 файле», «в 3 файлах»: the prepositional case after «в».
    private static let filesNoun = CountedNoun(ru: ("файле", "файлах", "файлах"), en: ("file", "files"))

    private static func word(_ severity: Finding.Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .ru): "ошибка"
        case (.warning, .ru): "предупреждение"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        }
    }
}
