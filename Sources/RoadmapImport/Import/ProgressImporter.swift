import Foundation

/// Merges a progress spreadsheet (CSV as Excel writes it: UTF-8 with or without BOM or
/// Windows-1251, `,` or `;`) into a workspace's progress logs.
///
/// Each row names a unit — a school, a municipality or the region, by id or name
/// (`ProgressOwnerResolver`) — an activity (id or number as written in that unit's roadmap), a
/// status (a «не применимо» row needs its reason in the comment) and optionally a completion date, documents, a count, a comment, who
/// reported and when. A row that names an unknown school or activity, carries an impossible date
/// or an unknown status is reported with its file and row and not applied; the others merge.
/// Merging never deletes: a record is appended (a newer report supersedes an older one through
/// `ProgressLog.current()`), and a record identical to one already in the log is not added again.
package enum ProgressImporter {
    /// The progress file is not usable as a whole.
    package enum FileError: Error, Hashable, Sendable, CustomStringConvertible {
        /// A required column is missing; `expected` lists the header names accepted for it.
        case missingColumn(file: String, column: ProgressColumn, expected: [String])

        package var description: String { message.en }

        /// The message in both languages.
        package var message: LocalizedText {
            switch self {
            case .missingColumn(let file, let column, let expected):
                let russian = expected.filter { $0.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } }
                func list(_ names: some Sequence<String>) -> String { names.map { "«\($0)»" }.joined(separator: ", ") }
                return LocalizedText(
                    ru: "\(file): нет столбца «\(russian.first ?? column.rawValue)»; ожидался заголовок вроде \(list(russian.prefix(4)))",
                    en: "\(file): no \(column.rawValue) column; expected a header such as \(list(expected.prefix(4)))")
            }
        }
    }

    /// Decodes and parses a progress file.
    package static func read(_ data: Data, fileName: String) throws -> CSVTable {
        try CSVReader.parse(TextDecoding.decodeStrictly(data, fileName: fileName).text, fileName: fileName)
    }

    /// Merges the rows of `table` into the progress logs of `workspace`. `defaultSchool` applies
    /// to rows when the file has no school column; it may be the school's id or a name
    /// `SchoolLookup` reads.
    package static func merge(
        _ table: CSVTable, fileName: String, into workspace: Workspace, defaultSchool: SchoolID? = nil
    ) throws -> ProgressMergeResult {
        var columns: [ProgressColumn: Int] = [:]
        for (index, header) in table.header.enumerated() {
            if let column = ProgressColumn.recognise(header), columns[column] == nil { columns[column] = index }
        }
        for required in [ProgressColumn.activity, .status] where columns[required] == nil {
            throw FileError.missingColumn(file: fileName, column: required, expected: required.headerNames)
        }
        if columns[.school] == nil && defaultSchool == nil {
            throw FileError.missingColumn(file: fileName, column: .school, expected: ProgressColumn.school.headerNames)
        }

        let owners = ProgressOwnerResolver(workspace)
        let defaultSchool = defaultSchool.map { SchoolLookup(workspace.units.schools).school($0.rawValue) ?? $0 }
        var logs: [Owner: ProgressLog] = [:]
        var changed: [Owner] = []
        var appended = 0
        var unchanged = 0
        var rejected: [ProgressRowProblem] = []

        for row in table.rows {
            func value(_ column: ProgressColumn) -> String {
                columns[column].map { row[column: $0].trimmedWhitespace } ?? ""
            }
            func reject(_ code: ProgressRowProblem.Code, ru: String, en: String) {
                rejected.append(ProgressRowProblem(file: fileName, line: row.line, code: code, ru: ru, en: en))
            }
            // Required cells.
            let empty =
                [ProgressColumn.activity, .status].filter { value($0).isEmpty }
                + (defaultSchool == nil && value(.school).isEmpty ? [.school] : [])
            if !empty.isEmpty {
                let names = empty.map(\.rawValue).joined(separator: ", ")
                reject(.missingValue, ru: "пустые обязательные ячейки: \(names)", en: "required cells are empty: \(names)")
                continue
            }
            // The unit: a school, a municipality or the region.
            let schoolText = value(.school)
            let owner: Owner
            if schoolText.isEmpty, let defaultSchool {
                owner = .school(defaultSchool)
            } else if let found = owners.owner(schoolText) {
                owner = found
            } else {
                reject(
                    .unknownSchool,
                    ru: "«\(schoolText)» не найдено в units.json (нужен id или название школы, муниципалитета или региона)",
                    en: "“\(schoolText)” is not in units.json (expected the id or name of a school, a municipality or the region)")
                continue
            }
            let unitName = owner.unitID ?? workspace.settings.region.id.rawValue
            guard let roadmap = workspace.roadmap(of: owner) else {
                reject(
                    .noRoadmap, ru: "у «\(unitName)» нет дорожной карты в рабочей области",
                    en: "“\(unitName)” has no roadmap in the workspace")
                continue
            }
            // Activity.
            let activityText = value(.activity)
            guard let activity = findActivity(activityText, in: roadmap) else {
                reject(
                    .unknownActivity,
                    ru: "мероприятия «\(activityText)» нет в дорожной карте «\(unitName)» (нужен id или номер)",
                    en: "activity “\(activityText)” is not in the roadmap of “\(unitName)” (expected an id or number)")
                continue
            }
            // Status.
            let statusText = value(.status)
            guard let status = ProgressStatus(text: statusText), !statusText.isEmpty else {
                reject(
                    .unknownStatus,
                    ru: "статус «\(statusText)» не распознан (ожидалось: выполнено, в работе, не начато, не применимо)",
                    en: "status “\(statusText)” not understood (expected: done, in progress, not started, not applicable)")
                continue
            }
            if status == .notApplicable && value(.comment).isEmpty {
                reject(
                    .missingReason,
                    ru: "статус «не применимо» без причины: укажите её в столбце «Комментарий» (например, «нет 11 класса»)",
                    en: "status “not applicable” without a reason: give it in the comment column (e.g. “no 11th grade”)")
                continue
            }
            // Dates and count.
            var dates: [ProgressColumn: LocalDate] = [:]
            var bad = false
            for column in [ProgressColumn.completedOn, .reportedOn, .occurrence] {
                let text = value(column)
                guard !text.isEmpty else { continue }
                switch parseDate(text) {
                case .success(let date): dates[column] = date
                case .failure(let problem):
                    bad = true
                    if problem == .impossibleDate {
                        reject(
                            .impossibleDate, ru: "дата «\(text)» не существует (столбец \(column.rawValue))",
                            en: "date “\(text)” does not exist (column \(column.rawValue))")
                    } else {
                        reject(
                            .badDate,
                            ru: "дата «\(text)» не прочитана (столбец \(column.rawValue)); ожидалось ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
                            en: "date “\(text)” not understood (column \(column.rawValue)); expected DD.MM.YYYY or YYYY-MM-DD")
                    }
                }
            }
            if bad { continue }
            var count: Int?
            let countText = value(.count)
            if !countText.isEmpty {
                guard let n = Int(countText), n >= 0 else {
                    reject(
                        .badCount, ru: "количество «\(countText)» не является целым числом",
                        en: "count “\(countText)” is not a whole number")
                    continue
                }
                count = n
            }
            let evidence = value(.evidence).split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let record = ProgressRecord(
                activity: activity.id, occurrence: dates[.occurrence], status: status,
                completedOn: dates[.completedOn], evidence: evidence, count: count,
                comment: value(.comment).isEmpty ? nil : value(.comment),
                reportedBy: value(.reportedBy).isEmpty ? nil : value(.reportedBy), reportedOn: dates[.reportedOn])
            var log = logs[owner] ?? workspace.progress[owner] ?? ProgressLog(owner: owner)
            if log.records.contains(record) {
                unchanged += 1
                continue
            }
            log.records.append(record)
            logs[owner] = log
            if !changed.contains(owner) { changed.append(owner) }
            appended += 1
        }
        return ProgressMergeResult(
            changedLogs: changed.compactMap { logs[$0] }, appended: appended, unchanged: unchanged, rejected: rejected)
    }

    /// An activity by id, else by its number as written («2.1.» or «2.1»).
    static func findActivity(_ text: String, in roadmap: Roadmap) -> Activity? {
        guard !text.isEmpty else { return nil }
        if let activity = roadmap.activity(id: text) { return activity }
        let wanted = ActivityID.from(number: text)
        if let activity = roadmap.activity(id: wanted) { return activity }
        return roadmap.activities.first { $0.number.map(ActivityID.from(number:)) == wanted }
    }

    enum DateProblem: Error { case impossibleDate, malformed }

    /// DD.MM.YYYY or YYYY-MM-DD; an existing shape with a day that does not exist is `impossibleDate`.
    static func parseDate(_ text: String) -> Result<LocalDate, DateProblem> {
        if let date = LocalDate(russian: text) ?? LocalDate(iso: text) { return .success(date) }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "-" }).map { Int($0) }
        let isRussian = text.count == 10 && text.contains(".")
        let isISO = text.count == 10 && text.contains("-")
        if parts.count == 3, parts.allSatisfy({ $0 != nil }), isRussian || isISO {
            return .failure(.impossibleDate)
        }
        return .failure(.malformed)
    }
}
