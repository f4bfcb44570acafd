import Foundation

/// One worksheet part: view (frozen rows), columns, cells, autofilter and drop-down lists.
extension XlsxWorkbook {
    func sheetXML(_ sheet: Sheet, selected: Bool, styles: inout StyleTable, strings: inout StringTable) -> String {
        var x = Self.xmlHeader
        x += "<worksheet xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
        // Printed one page wide (as many pages down as it takes).
        x += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        let columnCount = sheet.columnCount
        let last = Self.reference(column: max(columnCount - 1, 0), row: max(sheet.rows.count, 1))
        x += "<dimension ref=\"A1:\(last)\"/>"
        x += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.frozenRows > 0 {
            let top = Self.reference(column: 0, row: sheet.frozenRows + 1)
            x += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            x += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        x += "</sheetView></sheetViews>"
        x += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columns.isEmpty {
            x += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                x += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(Self.number(column.width))\" customWidth=\"1\""
                x += column.hidden ? " hidden=\"1\"/>" : "/>"
            }
            x += "</cols>"
        }
        x += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            if let height = Self.rowHeight(row, columns: sheet.columns) {
                x += "<row r=\"\(r + 1)\" ht=\"\(Self.number(height))\" customHeight=\"1\">"
            } else {
                x += "<row r=\"\(r + 1)\">"
            }
            for (c, cell) in row.enumerated() {
                let ref = Self.reference(column: c, row: r + 1)
                let s = styles.index(of: cell.style)
                let style = s == 0 ? "" : " s=\"\(s)\""
                switch cell.value {
                case .empty:
                    if s != 0 { x += "<c r=\"\(ref)\"\(style)/>" }
                case .number(let value):
                    x += "<c r=\"\(ref)\"\(style)><v>\(Self.number(value))</v></c>"
                case .date(let date):
                    x += "<c r=\"\(ref)\"\(style)><v>\(Self.serial(of: date))</v></c>"
                case .text(let text):
                    // Always a string cell, never a formula: «=1+2» stays the text «=1+2».
                    if sharedStrings {
                        x += "<c r=\"\(ref)\"\(style) t=\"s\"><v>\(strings.index(of: text))</v></c>"
                    } else {
                        x += "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is>\(Self.textElement(text))</is></c>"
                    }
                }
            }
            x += "</row>"
        }
        x += "</sheetData>"
        if let range = autoFilterRange(sheet) { x += "<autoFilter ref=\"\(range)\"/>" }
        if !sheet.validations.isEmpty {
            x += "<dataValidations count=\"\(sheet.validations.count)\">"
            for v in sheet.validations {
                let column = Self.columnName(v.column)
                let list = "\"" + v.values.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",") + "\""
                x += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                x += " sqref=\"\(column)\(v.rows.lowerBound):\(column)\(v.rows.upperBound)\">"
                x += "<formula1>\(MarkupEscape.escape(list, for: .xml))</formula1></dataValidation>"
            }
            x += "</dataValidations>"
        }
        x += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        x += "<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>"
        return x + "</worksheet>"
    }

    /// Points per line of the default 11-point font.
    static let lineHeight = 15.0

    /// The height of a row with wrapped text, estimated from its longest cell: spreadsheet
    /// programs do not all fit a row to wrapped text when they open a file, so the writer says how
    /// high it is (lines × 15 pt; a line holds about the column's width in characters). `nil`
    /// for a row without wrapped text of more than one line (the default height).
    static func rowHeight(_ row: [Cell], columns: [Column]) -> Double? {
        var lines = 1
        for (index, cell) in row.enumerated() where cell.style.wrap {
            guard case .text(let text) = cell.value else { continue }
            let width = index < columns.count ? columns[index].width : 8.43
            if index < columns.count, columns[index].hidden { continue }
            let perLine = max(Int(width * (cell.style.bold ? 0.9 : 1.0)) - 2, 1)
            var cellLines = 0
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                cellLines += max(1, (paragraph.count + perLine - 1) / perLine)
            }
            lines = max(lines, cellLines)
        }
        return lines > 1 ? Double(lines) * lineHeight : nil
    }

    /// `<t>` with the text escaped, keeping leading and trailing spaces.
    static func textElement(_ text: String) -> String {
        let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
        return (preserve ? "<t xml:space=\"preserve\">" : "<t>") + MarkupEscape.escape(text, for: .xml) + "</t>"
    }

    /// A number as SpreadsheetML writes it: integers without a fraction, others with 15 significant
    /// digits, the precision a spreadsheet keeps (33.3 % is 0.333, not 0.33299999999999996).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.15g", value)
    }
}

/// The distinct cell styles of a workbook in order of first use; index 0 is the default style.
struct StyleTable {
    private(set) var styles: [XlsxWorkbook.Style] = [XlsxWorkbook.Style()]
    private var indices: [XlsxWorkbook.Style: Int] = [XlsxWorkbook.Style(): 0]

    mutating func index(of style: XlsxWorkbook.Style) -> Int {
        if let index = indices[style] { return index }
        styles.append(style)
        indices[style] = styles.count - 1
        return styles.count - 1
    }

    /// styles.xml: the custom number formats, two fonts (regular, bold), the fills used, one thin
    /// border, and a cell format per style.
    func xml() -> String {
        let formats: [XlsxWorkbook.NumberFormat] = [.percent, .date, .decimal]
        let fills = XlsxWorkbook.Fill.allCases
        var x = XlsxWorkbook.xmlHeader + "<styleSheet xmlns=\"\(XlsxWorkbook.mainNamespace)\">"
        x += "<numFmts count=\"\(formats.count)\">"
        for format in formats {
            let custom = format.custom!
            x += "<numFmt numFmtId=\"\(custom.id)\" formatCode=\"\(MarkupEscape.escape(custom.code, for: .xml))\"/>"
        }
        x += "</numFmts>"
        x += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        x += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        // Fills 0 and 1 are reserved (none, gray125); ours follow in `Fill.allCases` order.
        x += "<fills count=\"\(fills.count + 2)\"><fill><patternFill patternType=\"none\"/></fill>"
        x += "<fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills {
            x +=
                "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(fill.rawValue)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        x += "</fills>"
        x += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        x += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        x += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let format = style.format.custom?.id ?? 0
            let font = style.bold ? 1 : 0
            let fill = style.fill.map { fills.firstIndex(of: $0)! + 2 } ?? 0
            x += "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"0\" xfId=\"0\""
            if format != 0 { x += " applyNumberFormat=\"1\"" }
            if font != 0 { x += " applyFont=\"1\"" }
            if fill != 0 { x += " applyFill=\"1\"" }
            if style.wrap {
                x += " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            } else {
                x += "/>"
            }
        }
        x += "</cellXfs>"
        x += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return x + "</styleSheet>"
    }
}

/// The shared strings of a workbook in order of first use.
struct StringTable {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    /// How many string cells refer to the table (`count`; `uniqueCount` is `strings.count`).
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        strings.append(text)
        indices[text] = strings.count - 1
        return strings.count - 1
    }

    func xml() -> String {
        var x = XlsxWorkbook.xmlHeader
        x += "<sst xmlns=\"\(XlsxWorkbook.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for text in strings { x += "<si>" + XlsxWorkbook.textElement(text) + "</si>" }
        return x + "</sst>"
    }
}
