import Foundation

/// Importing progress workbooks, or a folder of workbooks and CSV files, into a workspace: every
/// file is read and checked (forms against the workspace) before anything is written; then the
/// files merge in name order and each changed progress log is written once.
package enum ProgressFilesImport {
    /// What was wrong with one input, in the order met.
    package enum Problem: Sendable {
        /// A file that could not be read, or a workbook that could not be opened.
        case file(LocalizedText)
        /// A form that refuses the file (wrong school, edited id cell …).
        case form(ProgressWorkbook.Problem)

        /// The line to show: `ошибка: …` / `error: …`, or the form problem with its place.
        package func formatted(_ language: Language) -> String {
            switch self {
            case .file(let message): (language == .ru ? "ошибка: " : "error: ") + message.text(language)
            case .form(let problem): problem.formatted(language)
            }
        }
    }

    /// What the import did.
    package enum Outcome: Sendable {
        /// Some file could not be read or checked: nothing was written.
        case refused([Problem])
        /// Every file merged; rows that could not be applied are in `rejected`.
        case merged(problems: [Problem], appended: Int, unchanged: Int, rejected: [ProgressRowProblem], notFilled: Int)
    }

    /// The files to import when `url` is a folder (its .xlsx and .csv files) or a workbook;
    /// nil for a single CSV file, which the plain CSV path reads.
    package static func inputs(_ url: URL) -> [URL]? {
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

    /// Reads and checks every input, then merges them into `workspace` and writes the changed logs
    /// through `store` (which the caller holds locked). `school` is the school every row (or form)
    /// is from when the caller says so; `sheet` the workbook sheet to read.
    package static func run(
        _ inputs: [URL], sheet: String?, school expected: SchoolID?, into loaded: Workspace, store: WorkspaceStore
    ) throws -> Outcome {
        var workspace = loaded
        var tables: [(name: String, table: CSVTable, defaultSchool: SchoolID?)] = []
        var problems: [Problem] = []
        var failed = false
        var notFilled = 0
        for url in inputs {
            let name = url.lastPathComponent
            let data: Data
            do { data = try SafeFile.read(url.path, displayPath: name) } catch {
                problems.append(.file(error.message))
                failed = true
                continue
            }
            if WorkbookTable.isWorkbook(data, fileName: name) {
                do {
                    let read = try ProgressWorkbook.read(
                        data, fileName: name, sheet: sheet, workspace: workspace, expectedSchool: expected)
                    problems += read.problems.map { .form($0) }
                    if !read.problems.isEmpty { failed = true }
                    notFilled += read.notFilled
                    tables.append((name, read.table, read.isForm ? nil : expected))
                } catch {
                    problems.append(.file(error.message))
                    failed = true
                }
            } else {
                do {
                    tables.append((name, try ProgressImporter.read(data, fileName: name), expected))
                } catch {
                    problems.append(.file(LocalizedText(ru: "\(name): \(error)", en: "\(name): \(error)")))
                    failed = true
                }
            }
        }
        if failed { return .refused(problems) }
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
        return .merged(problems: problems, appended: appended, unchanged: unchanged, rejected: rejected, notFilled: notFilled)
    }
}
