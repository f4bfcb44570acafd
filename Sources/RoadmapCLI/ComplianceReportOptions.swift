import Foundation
import RoadmapKit

/// Options and steps the report commands (`compliance`, `deadlines`) share.
enum ComplianceReportOptions {
    static let asOfOption = OptionSpec(
        "--as-of", value: "YYYY-MM-DD", ru: "Дата, на которую считать (обязательно).",
        en: "The date to evaluate as of (required).")

    /// The option spec of `--known-on`, shared by the report commands.
    static let knownOnOption = OptionSpec(
        "--known-on", value: "YYYY-MM-DD",
        ru: "Учитывать только отчёты, сделанные к этому дню (что было известно тогда; по умолчанию: все отчёты).",
        en: "Count only reports made by this day (reproduces what was known then; default: every report).")

    /// `--separator`: one character, `;` by default.
    static func separator(_ arguments: ParsedArguments) throws(UsageError) -> Character {
        let text = arguments.value("--separator") ?? ";"
        let value = text == "\\t" || text == "tab" ? "\t" : text
        guard value.count == 1, let c = value.first, c != "\"", !c.isNewline else {
            throw arguments.error(
                ru: "--separator: ожидается один символ, например «;» или «,», получено «\(text)»",
                en: "--separator takes one character such as ';' or ',', found '\(text)'")
        }
        return c
    }

    /// The `--output FILE` a workbook is written to; a usage error without one (or with «-»):
    /// binary output is never sent to a terminal or a pipe.
    static func xlsxOutput(_ arguments: ParsedArguments) throws(UsageError) -> String {
        guard let path = arguments.value("--output"), path != "-" else {
            throw arguments.error(
                ru: "--format xlsx записывает двоичную книгу, нужен --output ФАЙЛ.xlsx",
                en: "--format xlsx writes a binary workbook and needs --output FILE.xlsx")
        }
        return path
    }

    /// Prints the files of a tolerant open that could not be read on stderr (the rest is used).
    /// Returns how many there were.
    static func reportUnreadable(_ project: RoadmapProject, context: CommandContext) -> Int {
        let errors = project.unreadableFiles
        if !errors.isEmpty {
            for finding in errors { context.err(finding.formatted(context.language) + "\n") }
            context.warning(
                ru: "\(errors.count) файл(ов) не прочитано и не учтено в отчёте; см. roadmap validate",
                en: "\(errors.count) file(s) could not be read and are left out of the report; see roadmap validate")
        }
        return errors.count
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
        context.warning(
            LocalizedText(
                ru:
                    "в данных ошибок \(errors.count)\(more > 0 ? " (выше первые \(listedDataErrors))" : ""); отчёт посчитан по данным как есть, все находки: roadmap validate \(path)",
                en:
                    "the data has \(errors.count) error(s)\(more > 0 ? " (the first \(listedDataErrors) above)" : ""); the report counts the data as it is; all findings: roadmap validate \(path)"
            ))
        return true
    }

    /// Writes to `output` (atomically; `nil` or «-»: standard output).
    static func emit(_ text: String, output: String?, context: CommandContext) throws {
        if let path = output, path != "-" {
            try AtomicFile.write(text, to: context.url(path))
            context.err(context.text(ru: "записано: \(path)\n", en: "written: \(path)\n"))
        } else {
            context.out(text)
        }
    }
}
