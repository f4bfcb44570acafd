/// A table of the document as found: its header, its title and its rows in order, with prose
/// lines met between its rows (page-break headings) kept in place.
struct TableDraft: Sendable {
    enum Item: Sendable {
        case row(line: Int, cells: [String])
        case heading(line: Int, text: String)
    }

    var columns: TableColumns
    var headerLine: Int
    var title: String?
    var titleLines: [Int]
    var items: [Item] = []
}

/// Finds the tables of the table part of a document: header rows recognised by their column
/// names open a table; a header repeated after a page break, an empty header row or a block of
/// rows without a header continues the table before it; prose just above a header is its title.
struct TableLayoutReader {
    var tables: [TableDraft] = []
    var uses: [Int: LineUse] = [:]
    var fragments: [ImportFragment] = []
    private var pendingProse: [SourceLine] = []

    /// Reads `lines` (the table part). `lines` must start at or before the first header row.
    static func read(_ lines: ArraySlice<SourceLine>) -> TableLayoutReader {
        var reader = TableLayoutReader()
        for line in lines { reader.take(line) }
        reader.flushProse(intoTable: false)
        return reader
    }

    mutating func take(_ line: SourceLine) {
        switch line.shape {
        case .blank:
            uses[line.number] = .blank
        case .prose:
            pendingProse.append(line)
        case .separator:
            uses[line.number] = .separator
        case .markdownRow(let cells), .tabRow(let cells):
            if cells.allSatisfy(\.isEmpty) {
                uses[line.number] = .header
            } else if TableColumns.isHeader(cells) {
                header(TableColumns(names: cells), line: line.number)
            } else if tables.isEmpty {
                // Rows before any header: kept as fragments.
                flushProse(intoTable: false)
                uses[line.number] = .fragment
                fragments.append(ImportFragment(line: line.number, text: cells.filter { !$0.isEmpty }.joined(separator: " | ")))
            } else {
                flushProse(intoTable: true)
                tables[tables.count - 1].items.append(.row(line: line.number, cells: cells))
            }
        }
    }

    mutating func header(_ columns: TableColumns, line: Int) {
        uses[line] = .header
        if let last = tables.last, last.columns.sameColumns(as: columns) {
            flushProse(intoTable: true)
            return
        }
        // The last paragraph above the header is the table's title; earlier prose is kept as fragments.
        var titleLines: [SourceLine] = []
        if let last = pendingProse.last {
            titleLines = [last]
            var index = pendingProse.count - 2
            while index >= 0, pendingProse[index].number == titleLines[0].number - 1 {
                titleLines.insert(pendingProse[index], at: 0)
                index -= 1
            }
            pendingProse.removeLast(titleLines.count)
        }
        flushProse(intoTable: false)
        for t in titleLines { uses[t.number] = .tableTitle }
        let title = titleLines.isEmpty ? nil : titleLines.map { proseText($0) }.joined(separator: " ")
        tables.append(TableDraft(columns: columns, headerLine: line, title: title, titleLines: titleLines.map(\.number)))
    }

    /// Prose between rows of an activity table becomes a heading in place; anywhere else it is a fragment.
    mutating func flushProse(intoTable: Bool) {
        defer { pendingProse = [] }
        for line in pendingProse {
            let text = proseText(line)
            if intoTable, let last = tables.last, last.columns.kind == .activities, !ImportText.startsLowercase(text),
                !Self.isPageMarker(text)
            {
                tables[tables.count - 1].items.append(.heading(line: line.number, text: text))
            } else {
                uses[line.number] = .fragment
                fragments.append(ImportFragment(line: line.number, text: text))
            }
        }
    }

    func proseText(_ line: SourceLine) -> String {
        if case .prose(let text) = line.shape { return text }
        return ImportText.clean(line.raw)
    }

    /// «3», «- 3 -», «Страница 2», «стр. 4», «Page 5»: page numbering left by the conversion.
    static func isPageMarker(_ text: String) -> Bool {
        let words = ImportText.words(text)
        guard let last = words.last, last.allSatisfy(\.isNumber), last.count <= 3 else { return false }
        return words.count == 1 || (words.count == 2 && ["страница", "стр", "page", "лист"].contains(words[0]))
    }
}
