import Foundation

/// Reads the cells of an Excel workbook (.xlsx) as text, the way the sheet shows them to a
/// person: shared and inline strings, numbers kept as written («390124», not «390124.0»),
/// numbers in a date format as dates (DD.MM.YYYY, 1900 or 1904 date system), booleans as 1/0,
/// and the value of a merged range repeated in each cell it covers. Formulas give their cached
/// value; formatting other than dates is not applied.
package struct XlsxWorkbookReader: Sendable {
    /// One sheet's cells as text, row by row (1-based row numbers as Excel shows them).
    package struct Sheet: Hashable, Sendable {
        package var name: String
        /// Rows that have at least one cell, in order; each row's cells start at column A.
        package var rows: [(number: Int, cells: [String])] {
            get { storage.map { ($0.number, $0.cells) } }
            set { storage = newValue.map { StoredRow(number: $0.number, cells: $0.cells) } }
        }
        var storage: [StoredRow]

        struct StoredRow: Hashable, Sendable {
            var number: Int
            var cells: [String]
        }

        package init(name: String, rows: [(number: Int, cells: [String])]) {
            self.name = name
            self.storage = rows.map { StoredRow(number: $0.number, cells: $0.cells) }
        }
    }

    package let fileName: String
    /// The sheet names in workbook order.
    package let sheetNames: [String]
    /// Whether the workbook counts dates from 1904 (older Mac workbooks).
    package let date1904: Bool
    private let zip: ZipReader
    private let sheetParts: [String]
    private let sharedStrings: [String]
    private let formats: XlsxNumberFormats

    /// Opens a workbook: reads its sheet list, shared strings and cell styles.
    package init(data: Data, fileName: String, limits: ZipLimits = .standard) throws(XlsxReadError) {
        self.fileName = fileName
        do { zip = try ZipReader(data: data, fileName: fileName, limits: limits) } catch { throw .archive(error) }
        let workbookPart = "xl/workbook.xml"
        guard zip.contains(workbookPart) else { throw .missingPart(file: fileName, part: workbookPart) }
        // Sheets and their relationship ids.
        var names: [String] = []
        var ids: [String] = []
        var date1904 = false
        try Self.parse(zip, workbookPart, fileName) { reader, event in
            guard case .start(let name, let attributes) = event else { return }
            if name.local == "sheet", let sheetName = XMLPullReader.value(attributes, "name") {
                names.append(sheetName)
                ids.append(attributes.first { $0.name.local == "id" && !$0.name.prefix.isEmpty }?.value ?? "")
            } else if name.local == "workbookPr", let value = XMLPullReader.value(attributes, "date1904") {
                date1904 = value == "1" || value == "true"
            }
        }
        var targets: [String: String] = [:]
        let relsPart = "xl/_rels/workbook.xml.rels"
        if zip.contains(relsPart) {
            try Self.parse(zip, relsPart, fileName) { _, event in
                guard case .start(let name, let attributes) = event, name.local == "Relationship",
                    let id = XMLPullReader.value(attributes, "Id"), let target = XMLPullReader.value(attributes, "Target")
                else { return }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        self.sheetNames = names
        self.date1904 = date1904
        self.sheetParts = ids.enumerated().map { index, id in targets[id] ?? "xl/worksheets/sheet\(index + 1).xml" }
        // Shared strings: the text of each <si>, runs concatenated, phonetic runs left out.
        var strings: [String] = []
        if zip.contains("xl/sharedStrings.xml") {
            var current = ""
            var inPhonetic = false
            var inText = false
            try Self.parse(zip, "xl/sharedStrings.xml", fileName) { _, event in
                switch event {
                case .start(let name, _):
                    switch name.local {
                    case "si": current = ""
                    case "rPh": inPhonetic = true
                    case "t": inText = !inPhonetic
                    default: break
                    }
                case .end(let name):
                    switch name.local {
                    case "si": strings.append(current)
                    case "rPh": inPhonetic = false
                    case "t": inText = false
                    default: break
                    }
                case .text(let text): if inText { current += text }
                }
            }
        }
        self.sharedStrings = strings
        if zip.contains("xl/styles.xml") {
            let bytes: [UInt8]
            do { bytes = try zip.data("xl/styles.xml") } catch { throw .archive(error) }
            do { formats = try XlsxNumberFormats(styles: bytes) } catch {
                throw .xml(file: fileName, part: "xl/styles.xml", offset: error.offset, detail: error.message)
            }
        } else {
            formats = XlsxNumberFormats()
        }
    }

    private static func parse(
        _ zip: ZipReader, _ part: String, _ fileName: String,
        _ handle: (inout XMLPullReader, XMLPullReader.Event) throws(XlsxReadError) -> Void
    ) throws(XlsxReadError) {
        let bytes: [UInt8]
        do { bytes = try zip.data(part) } catch { throw .archive(error) }
        var reader: XMLPullReader
        do { reader = try XMLPullReader(bytes) } catch {
            throw .xml(file: fileName, part: part, offset: error.offset, detail: error.message)
        }
        while true {
            let event: XMLPullReader.Event?
            do { event = try reader.next() } catch {
                throw .xml(file: fileName, part: part, offset: error.offset, detail: error.message)
            }
            guard let event else { return }
            try handle(&reader, event)
        }
    }

    /// The sheet named `name`, or the first sheet when `name` is nil.
    package func sheet(named name: String? = nil) throws(XlsxReadError) -> Sheet {
        guard !sheetNames.isEmpty else { throw .noSheets(file: fileName) }
        let index: Int
        if let name {
            guard let found = sheetNames.firstIndex(of: name) ?? sheetNames.firstIndex(where: { $0.lowercased() == name.lowercased() })
            else { throw .unknownSheet(file: fileName, name: name, sheets: sheetNames) }
            index = found
        } else {
            index = 0
        }
        return try readSheet(index)
    }

    private func readSheet(_ index: Int) throws(XlsxReadError) -> Sheet {
        let part = sheetParts[index]
        let sheetName = sheetNames[index]
        guard zip.contains(part) else { throw .missingPart(file: fileName, part: part) }
        var rows: [Int: [Int: String]] = [:]
        var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
        var rowNumber = 0
        var column = 0
        var cellRef = ""
        var cellType = ""
        var cellStyle = 0
        var value = ""
        var inValue = false
        var inInline = false
        var inPhonetic = false
        var hasValue = false
        var failure: XlsxReadError?
        let sharedStrings = self.sharedStrings
        let formats = self.formats
        let date1904 = self.date1904
        let fileName = self.fileName
        try Self.parse(zip, part, fileName) { _, event in
            switch event {
            case .start(let name, let attributes):
                switch name.local {
                case "row":
                    rowNumber = XMLPullReader.value(attributes, "r").flatMap { Int($0) } ?? rowNumber + 1
                    column = 0
                case "c":
                    cellRef = XMLPullReader.value(attributes, "r") ?? ""
                    if let parsed = Self.cellPosition(cellRef) {
                        column = parsed.column
                    } else {
                        column += 1
                        cellRef = Self.columnName(column) + String(rowNumber)
                    }
                    cellType = XMLPullReader.value(attributes, "t") ?? "n"
                    cellStyle = XMLPullReader.value(attributes, "s").flatMap { Int($0) } ?? 0
                    value = ""
                    hasValue = false
                case "v": inValue = true
                case "is": inInline = true
                case "rPh": inPhonetic = true
                case "t": inValue = inInline && !inPhonetic
                case "mergeCell":
                    if let ref = XMLPullReader.value(attributes, "ref"), let range = Self.range(ref) { merges.append(range) }
                default: break
                }
            case .text(let text):
                if inValue {
                    value += text
                    hasValue = true
                }
            case .end(let name):
                switch name.local {
                case "v", "t": inValue = false
                case "is": inInline = false
                case "rPh": inPhonetic = false
                case "c":
                    guard hasValue else { break }
                    var text = value
                    switch cellType {
                    case "s":
                        guard let i = Int(value), sharedStrings.indices.contains(i) else {
                            if failure == nil {
                                failure = .badSharedString(file: fileName, sheet: sheetName, cell: cellRef, index: value)
                            }
                            break
                        }
                        text = sharedStrings[i]
                    case "n":
                        if formats.isDate(style: cellStyle), let serial = Double(value),
                            let date = XlsxNumberFormats.date(serial: serial, date1904: date1904)
                        {
                            text = date.russianString
                        } else {
                            text = Self.plainNumber(value)
                        }
                    case "d":
                        if let date = LocalDate(iso: value.prefix(10)) { text = date.russianString }
                    default: break
                    }
                    rows[rowNumber, default: [:]][column] = text
                default: break
                }
            }
        }
        if let failure { throw failure }
        // A merged range shows its top-left value in every cell it covers.
        for merge in merges {
            guard let value = rows[merge.top]?[merge.left], !value.isEmpty else { continue }
            for r in merge.top...merge.bottom {
                for c in merge.left...merge.right where rows[r]?[c]?.isEmpty ?? true {
                    rows[r, default: [:]][c] = value
                }
            }
        }
        let ordered = rows.keys.sorted().map { number -> (number: Int, cells: [String]) in
            let cells = rows[number]!
            let width = cells.keys.max() ?? 0
            return (number, (1...max(width, 1)).map { cells[$0] ?? "" })
        }
        return Sheet(name: sheetName, rows: ordered)
    }

    /// A number as Excel shows it in General format: an integral value without «.0», a
    /// scientific form of an integral value written out; anything else as stored.
    static func plainNumber(_ text: String) -> String {
        if text.hasSuffix(".0") { return String(text.dropLast(2)) }
        if text.contains("E") || text.contains("e"), let number = Double(text), number == number.rounded(),
            abs(number) < 1e15
        {
            return String(Int(number))
        }
        return text
    }

    /// «AB12» → (column 28, row 12).
    static func cellPosition(_ ref: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for scalar in ref.unicodeScalars {
            switch scalar {
            case "A"..."Z" where !sawDigit: column = column * 26 + Int(scalar.value - 64)
            case "a"..."z" where !sawDigit: column = column * 26 + Int(scalar.value - 96)
            case "$": continue
            case "0"..."9":
                sawDigit = true
                row = row * 10 + Int(scalar.value - 48)
            default: return nil
            }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }

    /// «B3:D5» → its corners.
    static func range(_ ref: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
        let parts = ref.split(separator: ":")
        guard let first = parts.first.flatMap({ cellPosition(String($0)) }) else { return nil }
        let last = parts.count == 2 ? cellPosition(String(parts[1])) ?? first : first
        return (min(first.row, last.row), min(first.column, last.column), max(first.row, last.row), max(first.column, last.column))
    }

    /// 1 → «A», 28 → «AB».
    package static func columnName(_ column: Int) -> String {
        var n = column
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
