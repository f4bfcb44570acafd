/// Turns the rows of an activity table into sections and activities.
///
/// Rows are first aligned to the header: a number that prefixes the text («2.1. Диагностика…» in
/// the № column) is split off and the row shifted right; a row whose cells slid left because a
/// spanning cell was dropped («→4. Разработка…» under Задача / Показатели) is shifted back; a
/// continuation row follows the shift of the row it continues. Then each row is one of:
/// a section (one non-empty cell), a new activity (a number, or text in the activity column), or a
/// continuation (starts lowercase, or the № / activity cell is empty) appended cell by cell to the
/// activity above. Columns left of the activity column (Задача, Показатели выполнения) span the
/// rows under them and are kept as `extraColumns` of each of those activities.
struct ActivityTableAssembler {
    let table: TableDraft
    let columns: TableColumns
    let width: Int
    let activityColumn: Int
    let numberColumn: Int?
    /// Spanning columns: a task, indicator or unnamed column left of the activity column
    /// (Задача, Показатели выполнения in 003).
    let groupColumns: [Int]

    init(table: TableDraft) {
        self.table = table
        self.columns = table.columns
        self.width = table.columns.width
        self.activityColumn = table.columns.activityColumn ?? 0
        self.numberColumn = table.columns.numberColumn
        let roles = table.columns.roles
        self.groupColumns = (0..<(table.columns.activityColumn ?? 0)).filter {
            roles[$0] == .task || roles[$0] == .indicator || roles[$0] == .other
        }
    }

    /// A row after alignment.
    struct AlignedRow {
        enum Kind { case section, activity, continuation }
        var line: Int
        var kind: Kind
        var cells: [String]
        var number: String?
        /// The first non-empty cell as written (a section's title).
        var firstText: String
        var shift: Int
        /// Overflow cells that repeated the text before them.
        var droppedOverflow: Bool
    }

    // MARK: Alignment

    func align(_ original: [String], line: Int, previousShift: Int) -> AlignedRow {
        var cells = original
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        let first = cells.firstIndex(where: { !$0.isEmpty }) ?? 0
        let firstText = cells.isEmpty ? "" : cells[first]
        let nonEmpty = cells.filter { !$0.isEmpty }.count
        var number: String?
        var shift = 0
        var kind: AlignedRow.Kind
        if let split = ActivityNumber.split(firstText) {
            number = split.number
            if split.rest.isEmpty {
                let target = numberColumn ?? max(activityColumn - 1, 0)
                if target != first, fits(cells.count, shift: target - first) { shift = target - first }
                cells[first] = ""
            } else {
                cells[first] = split.rest
                let forced = first == numberColumn
                if first != activityColumn, forced || (first < activityColumn && fits(cells.count, shift: activityColumn - first)) {
                    shift = activityColumn - first
                }
            }
        }
        if nonEmpty == 1 && !ImportText.startsLowercase(firstText) {
            kind = .section
        } else if number != nil {
            kind = .activity
        } else if ImportText.startsLowercase(firstText) {
            kind = .continuation
        } else if let n = numberColumn, n < original.count, original[n].isEmpty, first != n {
            kind = .continuation
        } else {
            kind = .activity
        }
        if kind == .continuation, previousShift != 0, fits(cells.count, shift: previousShift) {
            shift = previousShift
        }
        var aligned = Array(repeating: "", count: width)
        var overflow: [String] = []
        for (i, cell) in cells.enumerated() where !cell.isEmpty {
            let target = i + shift
            if target < 0 { continue }
            if target < width { aligned[target] = cell } else { overflow.append(cell) }
        }
        var droppedOverflow = false
        for cell in overflow {
            if let lastIndex = aligned.lastIndex(where: { !$0.isEmpty }),
                ImportText.key(aligned[lastIndex]).hasSuffix(ImportText.key(cell))
            {
                droppedOverflow = true
            } else {
                aligned[width - 1] = ImportText.join(aligned[width - 1], cell)
            }
        }
        // The number found in the activity cell (a table without a № column, or the 003 layout).
        if number == nil, kind == .activity, let split = ActivityNumber.split(aligned[activityColumn]),
            !split.rest.isEmpty
        {
            number = split.number
            aligned[activityColumn] = split.rest
        }
        if kind == .activity, number == nil, aligned[activityColumn].isEmpty {
            kind = .continuation
        }
        return AlignedRow(
            line: line, kind: kind, cells: aligned, number: number, firstText: firstText, shift: shift,
            droppedOverflow: droppedOverflow)
    }

    func fits(_ count: Int, shift: Int) -> Bool { count + shift <= width && shift > -width }

    // MARK: Assembly

    /// An activity being built: its cells grow with continuation rows.
    struct Building {
        var number: String?
        var cells: [String]
        var group: Int?
        /// `ImportText.key` of each cell, kept as continuation rows grow it (a key of the part
        /// added is the part added to the key): the cell is not keyed again for every row, which
        /// made a long run of continuation rows quadratic.
        var keys: [String]

        init(number: String?, cells: [String], group: Int?) {
            self.number = number
            self.cells = cells
            self.group = group
            keys = cells.map { ImportText.key($0) }
        }
    }

    func assemble() -> AssembledPart {
        var part = AssembledPart()
        var rows: [(item: TableDraft.Item, row: AlignedRow?)] = []
        var previousShift = 0
        for item in table.items {
            switch item {
            case .row(let line, let cells):
                let row = align(cells, line: line, previousShift: previousShift)
                if row.kind != .section { previousShift = row.shift }
                rows.append((item, row))
            case .heading:
                rows.append((item, nil))
            }
        }

        var sections: [(title: String, activities: [Building])] = [(table.title ?? "", [])]
        var groups: [[String]] = []
        var currentGroup: Int?

        func openSection(_ title: String, line: Int) {
            part.uses[line] = .section
            let last = sections[sections.count - 1]
            if last.activities.isEmpty, ImportText.key(last.title) == ImportText.key(title) { return }
            if last.activities.isEmpty, last.title.isEmpty {
                sections[sections.count - 1].title = title
                return
            }
            sections.append((title, []))
            currentGroup = nil
        }

        for (index, entry) in rows.enumerated() {
            guard let row = entry.row else {
                if case .heading(let line, let text) = entry.item { openSection(text, line: line) }
                continue
            }
            switch row.kind {
            case .section:
                openSection(row.firstText, line: row.line)
            case .activity:
                part.uses[row.line] = .activity
                let groupValues = groupColumns.map { row.cells[$0] }
                if groupValues.contains(where: { !$0.isEmpty }) {
                    let inherited = currentGroup.map { groups[$0] } ?? Array(repeating: "", count: groupColumns.count)
                    groups.append(zip(groupValues, inherited).map { $0.isEmpty ? $1 : $0 })
                    currentGroup = groups.count - 1
                }
                sections[sections.count - 1].activities.append(
                    Building(number: row.number, cells: row.cells, group: currentGroup))
            case .continuation:
                // The activity above, even when a page-break heading came in between.
                guard let s = sections.lastIndex(where: { !$0.activities.isEmpty }) else {
                    part.uses[row.line] = .fragment
                    part.fragments.append(
                        ImportFragment(line: row.line, text: row.cells.filter { !$0.isEmpty }.joined(separator: " | ")))
                    continue
                }
                // Taken out of the array while it grows, so its texts are appended to in place.
                var building = sections[s].activities.removeLast()
                let next = rows[(index + 1)...].lazy.compactMap(\.row).first { $0.kind != .section }
                var used = false
                var cells = row.cells
                relocateLoneCell(&cells, building: building, groups: groups)
                let ghost = ghostColumns(cells, next: next)
                for (i, text) in cells.enumerated() where !text.isEmpty && !ghost.contains(i) {
                    if let g = groupColumns.firstIndex(of: i), let group = building.group {
                        if ImportText.key(groups[group][g]) != ImportText.key(text) {
                            groups[group][g] = ImportText.join(groups[group][g], text)
                        }
                    } else {
                        let key = ImportText.key(text)
                        if building.keys[i] != key {
                            ImportText.append(text, to: &building.cells[i])
                            building.keys[i] += key
                        }
                    }
                    used = true
                }
                sections[s].activities.append(building)
                part.uses[row.line] = used ? .activity : .duplicate
            }
        }

        for section in sections where !(section.title.isEmpty && section.activities.isEmpty) {
            var draft = SectionDraft(title: section.title)
            for building in section.activities {
                draft.activities += activities(from: building, groups: groups)
            }
            part.sections.append(draft)
        }
        return part
    }

    /// A continuation row with one cell under a column whose text already ends a sentence most
    /// likely belongs to the nearest neighbouring column still open mid-sentence (a wrapped
    /// indicator printed under the task column).
    func relocateLoneCell(_ cells: inout [String], building: Building, groups: [[String]]) {
        let filled = cells.indices.filter { !cells[$0].isEmpty }
        guard filled.count == 1, let i = filled.first else { return }
        func current(_ column: Int) -> String {
            if let g = groupColumns.firstIndex(of: column) { return building.group.map { groups[$0][g] } ?? "" }
            return building.cells[column]
        }
        let here = current(i)
        guard !here.isEmpty, ImportText.endsSentence(here) else { return }
        let candidates = (0..<width).filter {
            $0 != i && $0 != numberColumn && !current($0).isEmpty && !ImportText.endsSentence(current($0))
        }
        guard let target = candidates.min(by: { abs($0 - i) < abs($1 - i) }) else { return }
        cells[target] = cells[i]
        cells[i] = ""
    }

    /// Columns of a continuation row that repeat the next row's cells (a page-break ghost of the
    /// next row): at least two such cells make the match.
    func ghostColumns(_ cells: [String], next: AlignedRow?) -> Set<Int> {
        guard let next, next.kind == .activity else { return [] }
        let same = cells.indices.filter {
            !cells[$0].isEmpty && ImportText.key(cells[$0]) == ImportText.key(next.cells[$0])
        }
        return same.count >= 2 ? Set(same) : []
    }

    // MARK: Output

    func activities(from building: Building, groups: [[String]]) -> [ActivityDraft] {
        var base = ActivityDraft(number: building.number, title: building.cells[activityColumn])
        var seen: Set<String> = []
        for (i, role) in columns.roles.enumerated() where i != activityColumn && i != numberColumn {
            let text: String
            if let g = groupColumns.firstIndex(of: i) {
                text = building.group.map { groups[$0][g] } ?? ""
            } else {
                text = building.cells[i]
            }
            let firstOfRole = seen.insert("\(role)").inserted
            if groupColumns.contains(i) || !firstOfRole {
                if !text.isEmpty { base.extraColumns.append(NamedText(name: columns.names[i], text: text)) }
                continue
            }
            switch role {
            case .schedule: base.schedule = text
            case .executors: base.executors = text
            case .indicator: base.indicator = text.isEmpty ? nil : text
            case .documents:
                base.documents = text.split(separator: ";").map { ImportText.collapse($0) }.filter { !$0.isEmpty }
            default:
                if !text.isEmpty { base.extraColumns.append(NamedText(name: columns.names[i], text: text)) }
            }
        }
        return SubItems.split(base)
    }
}
