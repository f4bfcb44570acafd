import Foundation
import Testing

/// Fails when a user-facing string in Sources has no Russian form: a line printed straight to the
/// user (`err("…")`, `out("…")`) or an `error:`/`warning:` prefix written outside the one place
/// that prints them, and a public or package library error that is not a `BilingualError`.
@Suite struct UntranslatedTextTests {
    /// The CLI and every library layer (`Sources/Roadmap*`, without the benchmark).
    static let sources: [String] = {
        let root = CapturedRun.repositoryRoot.appendingPathComponent("Sources")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasPrefix("Roadmap") }.sorted().map { "Sources/" + $0 }
    }()

    /// file: reason — the only places allowed to hold such text.
    static let allowed: [String: String] = [
        "CommandContext+Messages.swift": "the one place that prints ошибка:/error: and предупреждение:/warning:",
        "RoadmapCLI.swift": "`roadmap --version` prints a name and a number, no words",
        "FindingsRenderer.swift": "findings' severities, chosen by language",
        "ValidateCommand.swift": "help text documenting the line format, in both languages",
        "ProgressFilesImport.swift": "a problem line's prefix chosen by language",
        "StandardStreams.swift": "ru/en chosen by language before the output stream is gone",
        "WorkspaceRefusal.swift": "an error of several lines, printed by RoadmapCLI.describe with a prefix per line",
    ]

    static func files() -> [(name: String, text: String)] {
        var result: [(String, String)] = []
        for folder in sources {
            let root = CapturedRun.repositoryRoot.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                result.append((url.lastPathComponent, text))
            }
        }
        return result
    }

    @Test func sourcesAreFound() {
        #expect(Self.files().count > 100)
    }

    @Test func noUntranslatedPrefixOrPrintedLiteral() {
        let prefix = try! Regex(#""(error|warning): "#)
        let printed = try! Regex(#"\.(err|out)\("[^"\\]*[A-Za-zА-Яа-я]"#)
        var offenders: [String] = []
        for (name, text) in Self.files() where Self.allowed[name] == nil {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("///") || code.hasPrefix("//") { continue }
                if line.contains(prefix) || line.contains(printed) { offenders.append("\(name):\(number + 1): \(code)") }
            }
        }
        #expect(
            offenders.isEmpty,
            "text that bypasses CommandContext.error/warning or has no Russian form:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func everyPublicLibraryErrorIsBilingual() {
        let declaration = try! Regex(#"(?:public|package) (?:enum|struct) (\w+)\s*:\s*Error\b"#)
        var all = ""
        var declared: [(file: String, type: String)] = []
        for (name, text) in Self.files() {
            all += text
            for match in text.matches(of: declaration) {
                if let type = match.output[1].substring { declared.append((name, String(type))) }
            }
        }
        #expect(declared.count >= 15)
        let missing = declared.filter { entry in
            Self.allowed[entry.file] == nil && !all.contains("\(entry.type): BilingualError")
        }
        #expect(missing.isEmpty, "public errors without a bilingual message: \(missing.map { "\($0.file): \($0.type)" })")
    }
}
