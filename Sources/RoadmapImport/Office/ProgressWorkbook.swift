import Foundation

/// A progress report read from a workbook, ready for `ProgressImporter.merge`.
///
/// Any sheet with progress columns is read like the CSV report. A progress form written by
/// `roadmap progress form` (recognised by its «id школы» and «id мероприятия» columns) is also
/// checked as a form: rows a school left empty (no status, date, document or comment) are not
/// records and are counted as not filled; every row must carry the same school id, the one
/// expected when `--school` is given; a filled row's activity id must be an activity of that
/// school's roadmap. Problems name the sheet, the row and the cell.
package struct ProgressWorkbook: Sendable {
    /// A problem that refuses the whole form.
    package struct Problem: Hashable, Sendable {
        package enum Code: String, Hashable, Sendable {
            case schoolMismatch = "form-school-mismatch"
            case unknownSchool = "form-unknown-school"
            case missingID = "form-missing-id"
            case unknownActivity = "form-unknown-activity"
            case notAForm = "form-not-a-form"
        }

        package var file: String
        package var sheet: String
        package var row: Int
        /// The cell, e.g. «J7».
        package var cell: String
        package var code: Code
        package var message: LocalizedText

        /// `file: sheet «…», row N, cell XN: [code] message`.
        package func formatted(_ language: Language) -> String {
            language == .ru
                ? "\(file): лист «\(sheet)», строка \(row), ячейка \(cell): [\(code.rawValue)] \(message.ru)"
                : "\(file): sheet \"\(sheet)\", row \(row), cell \(cell): [\(code.rawValue)] \(message.en)"
        }
    }

    /// The rows to merge (for a form: the filled rows only).
    package var table: CSVTable
    package var sheet: String
    /// Whether the sheet is a progress form.
    package var isForm: Bool
    /// The school of a form (nil for other workbooks or a form without filled rows).
    package var school: SchoolID?
    /// Form rows left empty by the school.
    package var notFilled: Int
    /// Problems that refuse the form; nothing of it may be merged when there are any.
    package var problems: [Problem]

    /// Reads sheet `sheet` (default: the first) of a progress workbook and checks it against the
    /// workspace when it is a form. `expectedSchool` is the school the caller says it is from.
    package static func read(
        _ data: Data, fileName: String, sheet: String? = nil, workspace: Workspace, expectedSchool: SchoolID? = nil
    ) throws(XlsxReadError) -> ProgressWorkbook {
        let read = try WorkbookTable.read(data, fileName: fileName, sheet: sheet) { cells in
            cells.filter { ProgressColumn.recognise($0) != nil }.count >= 2
        }
        var result = ProgressWorkbook(
            table: read.table, sheet: read.sheet, isForm: false, school: nil, notFilled: 0, problems: [])
        let folded = read.table.header.map(ProgressColumn.fold)
        guard let schoolColumn = folded.firstIndex(where: { $0 == "id школы" || $0 == "school id" }),
            let activityColumn = folded.firstIndex(where: { $0 == "id мероприятия" || $0 == "activity id" })
        else { return result }
        result.isForm = true
        result.check(
            fileName: fileName, schoolColumn: schoolColumn, activityColumn: activityColumn, workspace: workspace,
            expectedSchool: expectedSchool)
        return result
    }

    mutating func check(
        fileName: String, schoolColumn: Int, activityColumn: Int, workspace: Workspace, expectedSchool: SchoolID?
    ) {
        var filledColumns: [Int] = []
        for (index, header) in table.header.enumerated() {
            if let column = ProgressColumn.recognise(header), [.status, .completedOn, .evidence, .comment].contains(column) {
                filledColumns.append(index)
            }
        }
        let sheet = self.sheet
        var problems: [Problem] = []
        func problem(_ row: Int, _ column: Int, _ code: Problem.Code, ru: String, en: String) {
            problems.append(
                Problem(
                    file: fileName, sheet: sheet, row: row, cell: XlsxWorkbookReader.columnName(column + 1) + String(row),
                    code: code, message: LocalizedText(ru: ru, en: en)))
        }
        var school: SchoolID? = expectedSchool
        var filledRows: [CSVRow] = []
        var reportedForeign: Set<String> = []
        for row in table.rows {
            let value = { (i: Int) in
                let cell = row[column: i]
                return WorkbookTable.hasText(cell) ? cell.trimmingCharacters(in: .whitespacesAndNewlines) : ""
            }
            let filled = filledColumns.contains { WorkbookTable.hasText(row[column: $0]) }
            let schoolText = value(schoolColumn)
            if schoolText.isEmpty {
                if filled {
                    problem(
                        row.line, schoolColumn, .missingID, ru: "пустой id школы в заполненной строке",
                        en: "the school id is empty on a filled row")
                }
            } else if let expectedSchool, expectedSchool.rawValue != schoolText {
                // One message per foreign id: the whole form is another school's.
                if reportedForeign.insert(schoolText).inserted {
                    problem(
                        row.line, schoolColumn, .schoolMismatch,
                        ru: "форма школы «\(schoolText)», а ожидалась школа «\(expectedSchool)»",
                        en: "the form is school \"\(schoolText)\"'s, but school \"\(expectedSchool)\" was expected")
                }
            } else if let known = school, known.rawValue != schoolText {
                problem(
                    row.line, schoolColumn, .schoolMismatch,
                    ru: "id школы «\(schoolText)», а форма школы «\(known)»; каждая строка формы — одной школы",
                    en: "school id \"\(schoolText)\" in a form of school \"\(known)\"; every row of a form is one school's")
            } else if school == nil {
                guard workspace.school(SchoolID(schoolText)) != nil else {
                    problem(
                        row.line, schoolColumn, .unknownSchool, ru: "школы «\(schoolText)» нет в units.json",
                        en: "school \"\(schoolText)\" is not in units.json")
                    continue
                }
                school = SchoolID(schoolText)
            }
            guard filled else {
                notFilled += 1
                continue
            }
            let activityText = value(activityColumn)
            if activityText.isEmpty {
                problem(
                    row.line, activityColumn, .missingID, ru: "пустой id мероприятия в заполненной строке",
                    en: "the activity id is empty on a filled row")
            } else if let id = school ?? (schoolText.isEmpty ? nil : SchoolID(schoolText)),
                workspace.schoolRoadmaps[id]?.activity(id: activityText) == nil
            {
                problem(
                    row.line, activityColumn, .unknownActivity,
                    ru: "мероприятия с id «\(activityText)» нет в дорожной карте школы «\(id)» (столбец id не редактируется)",
                    en: "no activity with id \"\(activityText)\" in the roadmap of school \"\(id)\" (the id column is not to be edited)")
            }
            filledRows.append(row)
        }
        if let expectedSchool, workspace.school(expectedSchool) == nil {
            problems.insert(
                Problem(
                    file: fileName, sheet: sheet, row: 0, cell: "-", code: .unknownSchool,
                    message: LocalizedText(
                        ru: "ожидаемой школы «\(expectedSchool)» нет в units.json",
                        en: "the expected school \"\(expectedSchool)\" is not in units.json")), at: 0)
        }
        self.school = school
        self.problems = problems
        table.rows = filledRows
    }
}
