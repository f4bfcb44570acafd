/// Imports a roadmap document converted to text (Word «Обычный текст», `pdftotext -layout`, or
/// markdown) into a `Roadmap`, accounting for every line.
///
/// The pipeline: split into lines and classify them (table rows, separators, prose) → find the
/// first header row (recognised by its column names); everything above is the preamble → group
/// the table part into tables (headers, repeated headers, continued blocks, titles) → assemble
/// each table by kind (activities, target indicators, others) → if no activity table exists,
/// read the list as plain text → give ids, parse schedules, collect fragments and the report.
package enum RoadmapImporter {
    /// Imports one document.
    ///
    /// - Parameters:
    ///   - text: the document's text.
    ///   - fileName: the file name, used in messages and stored as the roadmap's `source`.
    ///   - owner: whose roadmap this is.
    ///   - period: the roadmap's period; `nil` takes it from the preamble («на 2022 – 2024 годы»).
    ///   - calendar: the term dates schedules are read with (the workspace's; the usual ones without one).
    /// - Throws: `ImportError` when no activity list or no period can be found.
    package static func importDocument(
        text: String, fileName: String, owner: Owner, period: Period?, calendar: SchoolCalendar = .standard
    ) throws -> ImportedDocument {
        let lines = SourceLine.lines(of: text)
        guard lines.contains(where: { $0.shape != .blank }) else { throw ImportError.empty(fileName: fileName) }

        let firstActivityHeader = lines.firstIndex { line in
            guard let cells = line.cells, TableColumns.isHeader(cells) else { return false }
            return TableColumns(names: cells).kind == .activities
        }
        var layout: DocumentLayout
        var tablePartStart: Int
        var part = AssembledPart()
        var uses: [Int: LineUse] = [:]
        var fragments: [ImportFragment] = []

        if let firstActivityHeader {
            tablePartStart =
                lines.firstIndex { line in line.cells.map(TableColumns.isHeader) ?? false } ?? firstActivityHeader
            if case .markdownRow = lines[firstActivityHeader].shape { layout = .markdownTable } else { layout = .tabSeparated }
            let reader = TableLayoutReader.read(lines[tablePartStart...])
            uses.merge(reader.uses) { a, _ in a }
            fragments += reader.fragments
            for table in reader.tables {
                for line in table.titleLines { uses[line] = .tableTitle }
                let assembled: AssembledPart
                switch table.columns.kind {
                case .activities: assembled = ActivityTableAssembler(table: table).assemble()
                case .targets: assembled = OtherTableAssembler.targets(table)
                case .other: assembled = OtherTableAssembler.documentTable(table)
                }
                part.sections += assembled.sections
                part.targets += assembled.targets
                part.tables += assembled.tables
                uses.merge(assembled.uses) { _, b in b }
                fragments += assembled.fragments
            }
        } else {
            layout = .plainText
            guard let start = plainListStart(lines) else { throw ImportError.noActivityColumn(fileName: fileName) }
            tablePartStart = start.index
            if let header = start.headerLine { uses[header] = .header }
            let assembled = PlainTextAssembler.assemble(lines[(start.headerLine == nil ? start.index : start.index + 1)...])
            guard assembled.sections.contains(where: { !$0.activities.isEmpty }) else {
                throw ImportError.noActivityColumn(fileName: fileName)
            }
            part.sections = assembled.sections
            uses.merge(assembled.uses) { _, b in b }
            fragments += assembled.fragments
        }

        let preamble = PreambleReader.read(preamble: lines[..<tablePartStart], document: lines)
        guard let resolvedPeriod = period ?? preamble.period else { throw ImportError.noPeriod(fileName: fileName) }

        var lineUses: [LineUse] = []
        lineUses.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if line.shape == .blank {
                lineUses.append(.blank)
            } else if index < tablePartStart {
                lineUses.append(.preamble)
            } else if let use = uses[line.number] {
                lineUses.append(use)
            } else {
                // Nothing may be lost: a line no stage claimed is kept as a fragment.
                lineUses.append(.fragment)
                fragments.append(ImportFragment(line: line.number, text: ImportText.clean(line.raw)))
            }
        }
        fragments.sort { $0.line < $1.line }

        var (sections, notes) = finish(part.sections, period: resolvedPeriod, calendar: calendar)
        var roadmap = Roadmap(
            owner: owner, title: preamble.title ?? fileName, period: resolvedPeriod, issuer: preamble.issuer,
            order: preamble.order, source: fileName, sections: sections, targets: part.targets, tables: part.tables,
            fragments: fragments.map(\.text))
        // Deadlines past the stated period widen it, with a note (RoadmapPeriodWidening).
        if period == nil, case let (widened, note?) = RoadmapPeriodWidening.widen(roadmap, calendar: calendar) {
            roadmap.period = widened
            notes.append(note)
        }
        let report = ImportReport(
            fileName: fileName, layout: layout, lineUses: lineUses, tablePartStart: tablePartStart + 1,
            activityCount: sections.reduce(0) { $0 + $1.activities.count }, sectionCount: sections.count, tableCount: part.tables.count,
            targetCount: part.targets.count, fragments: fragments, facts: preamble.facts, scheduleNotes: notes)
        return ImportedDocument(roadmap: roadmap, report: report)
    }

    /// Where a plain-text list starts: after a header line made of column names («Наименование
    /// мероприятия Сроки»), or at the first numbered line.
    static func plainListStart(_ lines: [SourceLine]) -> (index: Int, headerLine: Int?)? {
        for (index, line) in lines.enumerated() {
            guard case .prose(let text) = line.shape else { continue }
            if isPlainHeader(text) { return (index, line.number) }
        }
        if let index = lines.firstIndex(where: { line in
            guard case .prose(let text) = line.shape, let split = ActivityNumber.split(text) else { return false }
            return !split.rest.isEmpty
        }) {
            return (index, nil)
        }
        return nil
    }

    /// Whether a prose line consists of column names only, one of them an activity column.
    static func isPlainHeader(_ text: String) -> Bool {
        // Words are read as far as they match (a long line is not split into all its words).
        var source = ImportText.Words(text)
        var words: [String] = []
        var names: [String] = []
        let known = ColumnRole.plainHeaderNames.map { $0.split(separator: " ").map(String.init) }
            .sorted { $0.count > $1.count }
        let longest = known.first?.count ?? 0
        while true {
            while words.count < longest, let word = source.next() { words.append(word) }
            if words.isEmpty { break }
            guard let match = known.first(where: { words.starts(with: $0) }) else { return false }
            names.append(match.joined(separator: " "))
            words.removeFirst(match.count)
        }
        return names.count >= 2 && names.contains { ColumnRole.recognise($0) == .activity }
    }

    /// Gives ids and parses schedules (the verbatim text is what the roadmap keeps).
    static func finish(_ drafts: [SectionDraft], period: Period, calendar: SchoolCalendar = .standard)
        -> ([RoadmapSection], [ImportScheduleNote])
    {
        var ids = ActivityIDs()
        var position = 0
        var notes: [ImportScheduleNote] = []
        let parser = ScheduleParser(period: period, calendar: calendar)
        var sections: [RoadmapSection] = []
        for draft in drafts {
            var section = RoadmapSection(title: draft.title)
            for a in draft.activities {
                position += 1
                let id = ids.id(number: a.number, position: position)
                section.activities.append(
                    Activity(
                        id: id, number: a.number, title: a.title, schedule: a.schedule, executors: a.executors,
                        indicator: a.indicator, documents: a.documents, extraColumns: a.extraColumns))
                if !a.schedule.isEmpty {
                    let schedule = parser.parse(a.schedule)
                    for warning in schedule.warnings {
                        notes.append(ImportScheduleNote(activity: id, schedule: a.schedule, message: warning.message))
                    }
                }
            }
            sections.append(section)
        }
        return (sections, notes)
    }
}
