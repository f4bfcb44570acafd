import Foundation
import RoadmapKit

/// `progress import` for workbooks and folders: the `ProgressFilesImport` use case under the
/// workspace lock, and its report.
enum ProgressWorkbookImport {
    static func run(_ inputs: [URL], options: ProgressCommand.Options, context: CommandContext) throws -> Int32 {
        // Locked from the first read to the last write, and loaded strictly (as the CSV path does).
        let session = try context.openForWriting(options.workspace)
        defer { session.release() }
        let workspace = try session.load()
        if inputs.isEmpty {
            context.error(ru: "в папке нет файлов .xlsx или .csv", en: "the folder has no .xlsx or .csv files")
            return ExitCode.failure
        }
        let outcome = try ProgressFilesImport.run(
            inputs, sheet: options.sheet, school: options.school, into: workspace, store: session.store)
        switch outcome {
        case .refused(let problems):
            for problem in problems { context.err(problem.formatted(context.language) + "\n") }
            context.error(ru: "импорт отменён; рабочая область не изменена", en: "import refused; the workspace was not changed")
            return ExitCode.failure
        case .merged(let problems, let appended, let unchanged, let rejected, let notFilled):
            for problem in problems { context.err(problem.formatted(context.language) + "\n") }
            for problem in rejected { context.err(problem.formatted(context.language) + "\n") }
            context.out(
                context.text(
                    ru:
                        "добавлено записей: \(appended); уже были: \(unchanged); отклонено строк: \(rejected.count)\(notFilled > 0 ? "; не заполнено строк формы: \(notFilled)" : "")\n",
                    en:
                        "records appended: \(appended); already present: \(unchanged); rows rejected: \(rejected.count)\(notFilled > 0 ? "; form rows not filled: \(notFilled)" : "")\n"
                ))
            return rejected.isEmpty ? ExitCode.success : ExitCode.failure
        }
    }
}
