extension ImportReport {
    /// The accounting as a person reads it: lines read and what became of them, then every
    /// fragment kept verbatim and every deadline the schedule parser did not understand.
    package func rendered(_ language: Language) -> String {
        let ru = language == .ru
        var lines: [String] = []
        lines.append(ru ? "Импорт: \(fileName) (\(layoutName(ru)))" : "Import: \(fileName) (\(layoutName(ru)))")
        lines.append(
            ru
                ? "Строк прочитано: \(linesRead), непустых: \(nonEmptyLines); преамбула — строки 1–\(tablePartStart - 1)"
                : "Lines read: \(linesRead), non-empty: \(nonEmptyLines); preamble: lines 1–\(tablePartStart - 1)")
        lines.append(
            ru
                ? "Мероприятий: \(activityCount); разделов: \(sectionCount); целевых показателей: \(targetCount); других таблиц: \(tableCount); фрагментов: \(fragments.count)"
                : "Activities: \(activityCount); sections: \(sectionCount); target indicators: \(targetCount); other tables: \(tableCount); fragments: \(fragments.count)"
        )
        lines.append(ru ? "Учёт непустых строк:" : "Non-empty lines accounted for:")
        for use in LineUse.allCases where use != .blank {
            let n = count(use)
            if n > 0 { lines.append("  \(useName(use, ru)): \(n)") }
        }
        if !facts.isEmpty {
            lines.append(ru ? "Сведения из документа:" : "Facts from the document:")
            for fact in facts { lines.append("  \(factName(fact.kind, ru)) (\(ru ? "строка" : "line") \(fact.line)): \(fact.text)") }
        }
        if !fragments.isEmpty {
            lines.append(ru ? "Не распознано, сохранено дословно:" : "Not understood, kept verbatim:")
            for f in fragments { lines.append("  \(ru ? "строка" : "line") \(f.line): \(f.text)") }
        }
        if !scheduleNotes.isEmpty {
            lines.append(
                ru
                    ? "Замечания к срокам (не распознаны или вне периода; текст сохранён):"
                    : "Deadline notes (not understood or outside the period; text kept):")
            for note in scheduleNotes { lines.append("  \(note.activity): \(note.message.text(language))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func layoutName(_ ru: Bool) -> String {
        switch layout {
        case .markdownTable: ru ? "таблицы markdown" : "markdown tables"
        case .tabSeparated: ru ? "таблица с табуляциями" : "tab-separated table"
        case .plainText: ru ? "простой текст" : "plain text"
        }
    }

    func useName(_ use: LineUse, _ ru: Bool) -> String {
        switch use {
        case .blank: ru ? "пустые" : "blank"
        case .preamble: ru ? "преамбула" : "preamble"
        case .header: ru ? "заголовки таблиц" : "table headers"
        case .separator: ru ? "разделители" : "separators"
        case .tableTitle: ru ? "названия таблиц" : "table titles"
        case .section: ru ? "строки разделов" : "section rows"
        case .activity: ru ? "строки мероприятий (с продолжениями ячеек)" : "activity rows (with continued cells)"
        case .target: ru ? "целевые показатели" : "target indicators"
        case .table: ru ? "другие таблицы" : "other tables"
        case .duplicate: ru ? "повторы строк после разрыва страницы" : "rows repeated after a page break"
        case .fragment: ru ? "не распознано (фрагменты)" : "not understood (fragments)"
        }
    }

    func factName(_ kind: String, _ ru: Bool) -> String {
        let names: [String: (String, String)] = [
            "issuer": ("издатель", "issuer"), "orderNumber": ("номер приказа", "order number"),
            "orderDate": ("дата приказа", "order date"), "period": ("период", "period"), "title": ("название", "title"),
            "school": ("школа", "school"), "person": ("лицо", "person"),
        ]
        guard let pair = names[kind] else { return kind }
        return ru ? pair.0 : pair.1
    }
}
