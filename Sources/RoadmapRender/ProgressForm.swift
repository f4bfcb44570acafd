/// A progress form: what one school owes, as rows it fills in and sends back (Docs/import.md,
/// «Progress forms»). `progress import` reads a filled form back by its header row.
///
/// The layout is a contract with the reader: a title block in rows 1–4, an empty row 5, the header
/// in row 6 and one row per activity from row 7 — one per occurrence in the period for a recurring
/// activity. Columns: A «Номер», B «Мероприятие (содержание)», C «Срок исполнения», D «Отчётные
/// документы» (given; their headers are deliberately not progress columns, so they are not read
/// back), E «Статус» (a drop-down), F «Дата выполнения» (a date), G «Подтверждающий документ»,
/// H «Комментарий» (filled by the school), then hidden I «id школы», J «id мероприятия» and
/// K «срок отчета» (the occurrence's deadline as YYYY-MM-DD for a recurring activity).
package struct ProgressForm: Hashable, Sendable {
    /// One activity, or one occurrence of a recurring activity.
    package struct Row: Hashable, Sendable {
        /// The activity's number as the school's roadmap writes it («3.»), else its id.
        package var number: String
        package var title: String
        /// The deadline as written; for one occurrence of a recurring activity, with that occurrence.
        package var deadline: String
        /// Required reporting documents, «; »-separated.
        package var documents: String
        package var activity: String
        /// The occurrence's deadline for a recurring activity; `nil` otherwise.
        package var occurrence: LocalDate?
    }

    package var school: School
    package var municipalityName: String
    /// The roadmap's period as written.
    package var period: String
    package var rows: [Row]

    /// The form of `school` from its roadmap; schedules are read from `schedules`.
    package init(school: School, municipalityName: String, roadmap: Roadmap, schedules: ScheduleIndex) {
        self.school = school
        self.municipalityName = municipalityName
        period = roadmap.period.canonicalText
        var rows: [Row] = []
        for activity in roadmap.activities {
            let occurrences = schedules.occurrences(activity.schedule, period: roadmap.period)
                .filter { roadmap.period.contains($0.end) }
            let base = Row(
                number: activity.number ?? activity.id, title: activity.title, deadline: activity.schedule,
                documents: activity.documents.joined(separator: "; "), activity: activity.id, occurrence: nil)
            guard occurrences.count > 1 else {
                rows.append(base)
                continue
            }
            for occurrence in occurrences {
                var row = base
                row.deadline = activity.schedule.isEmpty ? occurrence.russianText : "\(activity.schedule): \(occurrence.russianText)"
                row.occurrence = occurrence.end
                rows.append(row)
            }
        }
        self.rows = rows
    }

    /// The row of the header (1-based) and of the first activity.
    package static let headerRow = 6
    package static let firstDataRow = 7

    /// The header. The Russian words are the contract; the English ones of E–K are headers
    /// `ProgressColumn` recognises too, and those of A–D are ones it does not.
    package static func header(_ language: Language) -> [String] {
        language == .ru
            ? [
                "Номер", "Мероприятие (содержание)", "Срок исполнения", "Отчётные документы", "Статус", "Дата выполнения",
                "Подтверждающий документ", "Комментарий", "id школы", "id мероприятия", "срок отчета",
            ]
            : [
                "No.", "Activity (content)", "Deadline as written", "Required documents", "Status", "Completed on", "Document",
                "Comment", "School id", "Activity id", "Occurrence",
            ]
    }

    /// The title block, rows 1–4.
    package func titleLines(_ language: Language) -> [String] {
        language == .ru
            ? [
                "Отчёт об исполнении дорожной карты", "Школа: \(school.name)", "Муниципалитет: \(municipalityName)",
                "Период: \(period)",
            ]
            : [
                "Roadmap progress report", "School: \(school.name)", "Municipality: \(municipalityName)", "Period: \(period)",
            ]
    }

    /// The statuses the drop-down offers: every case of `ProgressStatus`, as `ProgressStatus(text:)`
    /// reads it back (the Russian word; in English its raw value with spaces).
    package static func statuses(_ language: Language) -> [String] {
        ProgressStatus.allCases.map { status in
            language == .ru ? status.russian : status.rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// The cells of a data row, A–K, as text (the CSV form; the workbook types F and K).
    func texts(_ row: Row) -> [String] {
        [
            row.number, row.title, row.deadline, row.documents, "", "", "", "", school.id.rawValue, row.activity,
            row.occurrence?.isoString ?? "",
        ]
    }

    /// The form as a CSV for a spreadsheet (`;`, a byte-order mark, `CSVWriter`'s formula guard):
    /// the header in the first row and the same columns; no title block, so `progress import`
    /// reads it as any progress CSV.
    package func csv(_ language: Language) -> String {
        CSVWriter.write(header: Self.header(language), rows: rows.map(texts), delimiter: ";", byteOrderMark: true)
    }
}
