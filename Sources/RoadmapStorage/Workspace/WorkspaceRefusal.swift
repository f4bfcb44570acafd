/// Why a command that writes stopped before writing anything: the files it could not read (each
/// as `path: what is wrong`), duplicate ids, a workspace lock it could not get. Bilingual, like
/// every message a person sees.
package struct WorkspaceRefusal: Error, Sendable, CustomStringConvertible {
    /// One line per problem, `path[:location]: what is wrong`.
    package var problems: [LocalizedText]
    /// What happened as a result («nothing was written»).
    package var conclusion: LocalizedText

    package init(problems: [LocalizedText], conclusion: LocalizedText = WorkspaceRefusal.nothingWritten) {
        self.problems = problems
        self.conclusion = conclusion
    }

    /// A refusal for load findings (each a file that cannot be used, or a duplicate id).
    package init(findings: [Finding]) {
        self.init(
            problems: findings.map { finding in
                let place = finding.location.map { "\(finding.file):\($0)" } ?? finding.file
                return LocalizedText(
                    ru: "\(place): [\(finding.code)] \(finding.message.ru)", en: "\(place): [\(finding.code)] \(finding.message.en)")
            })
    }

    /// A refusal for one error of the workspace layer.
    package init(_ error: WorkspaceError) {
        self.init(problems: [error.message])
    }

    package static let nothingWritten = LocalizedText(
        ru: "команда остановлена до записи: ничего не изменено", en: "stopped before writing: nothing was changed")

    /// Every problem on its own line, then the conclusion.
    package func text(_ language: Language) -> String {
        (problems.map { $0.text(language) } + [conclusion.text(language)]).joined(separator: "\n")
    }

    package var description: String { text(.en) }
}
