import Foundation
import RoadmapKit

/// `progress import` for workbooks and folders: every file is read and checked (forms against the
/// workspace) before anything is written; then the files merge in name order.
enum ProgressWorkbookImport {
    /// The files to import when `url` is a folder (its .xlsx and .csv files) or a workbook;
    /// nil for a single CSV file, which the plain CSV path reads.
    static func inputs(_ url: URL) -> [URL]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { name in
                let lowered = name.lowercased()
                return !name.hasPrefix(".") && !name.hasPrefix("~$")
                    && (lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".csv"))
            }.sorted().map { url.appendingPathComponent($0) }
        }
        let lowered = url.lastPathComponent.lowercased()
        if lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") { return [url] }
        // Only a regular file is opened to look at its first bytes: opening a FIFO would wait for a
        // writer. Anything else goes to the CSV path, which refuses it with its reason.
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
        guard type == .typeRegular, let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return ZipReader.looksLikeZip(head) ? [url] : nil
    }

    static func run(_ inputs: [URL], options: ProgressCommand.Options, context: CommandContext) throws
        -> Int32
    {
        // Locked from the first read to the last write, and loaded strictly (as the CSV path does).
        let session = try context.openForWriting(options.workspace)
        defer { session.release() }
        let store = session.store
        var workspace = try session.load()
        let expected = options.school
        let sheet = options.sheet
        if inputs.isEmpty {
            context.err(
                context.text(
                    ru: "ошибка: в папке нет файлов .xlsx или .csv\n", en: "error: the folder has no .xlsx or .csv files\n"))
            return ExitCode.failure
        }
        // Read and check everything first.
        var tables: [(name: String, table: CSVTable, defaultSchool: SchoolID?)] = []
        var failed = false
        var notFilled = 0
        for url in inputs {
            let name = url.lastPathComponent
            let data: Data
            do { data = try SafeFile.read(url.path, displayPath: name) } catch {
                context.err(context.text(ru: "ошибка: ", en: "error: ") + error.message.text(context.language) + "\n")
                failed = true
                continue
            }
            if WorkbookTable.isWorkbook(data, fileName: name) {
                do {
                    let read = try ProgressWorkbook.read(
                        data, fileName: name, sheet: sheet, workspace: workspace, expectedSchool: expected)
                    for problem in read.problems { context.err(problem.formatted(context.language) + "\n") }
                    if !read.problems.isEmpty { failed = true }
                    notFilled += read.notFilled
                    tables.append((name, read.table, read.isForm ? nil : expected))
                } catch {
                    context.err(context.text(ru: "ошибка: ", en: "error: ") + error.message.text(context.language) + "\n")
                    failed = true
                }
            } else {
                do {
                    tables.append((name, try ProgressImporter.read(data, fileName: name), expected))
                } catch {
                    context.err(context.text(ru: "ошибка: \(name): \(error)\n", en: "error: \(name): \(error)\n"))
                    failed = true
                }
            }
        }
        if failed {
            context.err(
                context.text(
                    ru: "ошибка: импорт отменён; рабочая область не изменена\n",
                    en: "error: import refused; the workspace was not changed\n"))
            return ExitCode.failure
        }
        var appended = 0
        var unchanged = 0
        var rejected: [ProgressRowProblem] = []
        var changed: [Owner: ProgressLog] = [:]
        var order: [Owner] = []
        for input in tables {
            let result = try ProgressImporter.merge(
                input.table, fileName: input.name, into: workspace, defaultSchool: input.defaultSchool)
            for log in result.changedLogs {
                workspace.progress[log.owner] = log
                if changed[log.owner] == nil { order.append(log.owner) }
                changed[log.owner] = log
            }
            appended += result.appended
            unchanged += result.unchanged
            rejected += result.rejected
        }
        for owner in order { try store.write(progress: changed[owner]!) }
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
