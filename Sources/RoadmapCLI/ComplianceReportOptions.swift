import Foundation
import RoadmapKit

/// Options the report commands (`compliance`, `deadlines`) share.
enum ComplianceReportOptions {
    /// `--as-of YYYY-MM-DD`, required.
    static func date(_ arguments: ParsedArguments, spec: CommandSpec) throws(UsageError) -> LocalDate {
        guard let text = arguments.value("--as-of") else {
            throw UsageError("missing option --as-of <YYYY-MM-DD>", command: spec.name)
        }
        guard let date = LocalDate(iso: text) else {
            throw UsageError("--as-of takes a date as YYYY-MM-DD that exists, found '\(text)'", command: spec.name)
        }
        return date
    }

    /// `--known-on YYYY-MM-DD`, optional: only reports made by that day count (what was known then).
    static func knownOn(_ arguments: ParsedArguments, spec: CommandSpec) throws(UsageError) -> LocalDate? {
        guard let text = arguments.value("--known-on") else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw UsageError("--known-on takes a date as YYYY-MM-DD that exists, found '\(text)'", command: spec.name)
        }
        return date
    }

    /// The option spec of `--known-on`, shared by the report commands.
    static let knownOnOption = OptionSpec(
        "--known-on", value: "YYYY-MM-DD",
        help: "Count only reports made by this day (reproduces what was known then; default: every report).")

    /// One of a fixed set of words.
    static func choice(_ value: String, option: String, among choices: [String], spec: CommandSpec) throws(UsageError)
        -> String
    {
        guard choices.contains(value) else {
            var message = "\(option) takes \(choices.joined(separator: ", ")), found '\(value)'"
            if let s = ArgumentParser.suggest(value, among: choices) { message += "; did you mean '\(s)'?" }
            throw UsageError(message, command: spec.name)
        }
        return value
    }

    /// `--separator`: one character, `;` by default.
    static func separator(_ arguments: ParsedArguments, spec: CommandSpec) throws(UsageError) -> Character {
        let text = arguments.value("--separator") ?? ";"
        let value = text == "\\t" || text == "tab" ? "\t" : text
        guard value.count == 1, let c = value.first, c != "\"", !c.isNewline else {
            throw UsageError("--separator takes one character such as ';' or ',', found '\(text)'", command: spec.name)
        }
        return c
    }

    /// Loads the workspace; files that could not be read are reported on stderr, the rest is used.
    /// Returns the workspace and how many files could not be read.
    static func load(_ path: String, context: CommandContext) throws -> (workspace: Workspace, unreadable: Int) {
        let loaded = try WorkspaceStore(directory: context.url(path)).load()
        let errors = loaded.findings.filter { $0.severity == .error }
        if !errors.isEmpty {
            for finding in errors { context.err(finding.formatted(context.language) + "\n") }
            context.err(
                context.text(
                    ru: "предупреждение: \(errors.count) файл(ов) не прочитано и не учтено в отчёте; см. roadmap validate\n",
                    en: "warning: \(errors.count) file(s) could not be read and are left out of the report; see roadmap validate\n"))
        }
        return (loaded.workspace, errors.count)
    }

    /// How many data errors `reportDataErrors` lists before it only counts them.
    static let listedDataErrors = 10

    /// The validation errors of the workspace a report was computed from, on stderr: the first few
    /// in full, then their number and where to see them all. Warnings are left to `roadmap validate`.
    /// Returns whether there were any.
    static func reportDataErrors(_ findings: [Finding], path: String, context: CommandContext) -> Bool {
        let errors = findings.filter { $0.severity == .error }
        guard !errors.isEmpty else { return false }
        for finding in errors.prefix(listedDataErrors) { context.err(finding.formatted(context.language) + "\n") }
        let more = errors.count - min(errors.count, listedDataErrors)
        context.err(
            context.text(
                ru:
                    "предупреждение: в данных ошибок \(errors.count)\(more > 0 ? " (выше первые \(listedDataErrors))" : ""); отчёт посчитан по данным как есть, все находки: roadmap validate \(path)\n",
                en:
                    "warning: the data has \(errors.count) error(s)\(more > 0 ? " (the first \(listedDataErrors) above)" : ""); the report counts the data as it is; all findings: roadmap validate \(path)\n"
            ))
        return true
    }

    /// Writes to `--output FILE` (atomically) or to standard output.
    static func emit(_ text: String, arguments: ParsedArguments, context: CommandContext) throws {
        if let path = arguments.value("--output"), path != "-" {
            try AtomicFile.write(text, to: context.url(path))
            context.err(context.text(ru: "записано: \(path)\n", en: "written: \(path)\n"))
        } else {
            context.out(text)
        }
    }
}
