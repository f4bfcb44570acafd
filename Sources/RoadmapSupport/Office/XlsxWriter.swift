import Foundation

/// A workbook to write as .xlsx (SpreadsheetML in a zip): sheets of rows of cells, with the few
/// styles reports need (bold, a fill, a number format, wrapped text), frozen header rows,
/// autofilter, column widths, hidden columns and drop-down lists.
///
/// There are no formulas: a text that starts with `=`, `+`, `-` or `@` is a string cell (shared or
/// inline), never `<f>`, so nothing a user typed into a roadmap is ever computed by the spreadsheet.
/// The bytes are deterministic: the same workbook always gives the same file.
package struct XlsxWorkbook: Hashable, Sendable {
    package var sheets: [Sheet]
    /// Text cells go into the shared strings table (as Excel writes them); `false` writes inline strings.
    package var sharedStrings: Bool

    package init(sheets: [Sheet] = [], sharedStrings: Bool = true) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
    }

    /// One worksheet.
    package struct Sheet: Hashable, Sendable {
        /// The tab's name as given; `XlsxWorkbook.sheetNames` makes it valid and unique.
        package var name: String
        /// Rows from row 1; a row may be shorter than others.
        package var rows: [[Cell]]
        /// Widths and hidden flags, by column (0 = A).
        package var columns: [Column]
        /// How many rows stay in view while scrolling (the header and what is above it); 0 = none.
        package var frozenRows: Int
        /// The header row (1-based) an autofilter starts at, covering every row below; `nil` = none.
        package var autoFilterRow: Int?
        /// Drop-down lists.
        package var validations: [ListValidation]

        package init(
            name: String, rows: [[Cell]] = [], columns: [Column] = [], frozenRows: Int = 0, autoFilterRow: Int? = nil,
            validations: [ListValidation] = []
        ) {
            self.name = name
            self.rows = rows
            self.columns = columns
            self.frozenRows = frozenRows
            self.autoFilterRow = autoFilterRow
            self.validations = validations
        }

        /// The number of columns: the longest row's.
        package var columnCount: Int { rows.map(\.count).max() ?? 0 }
    }

    /// A column's width (in characters of the default font) and whether it is hidden.
    package struct Column: Hashable, Sendable {
        package var width: Double
        package var hidden: Bool

        package init(width: Double, hidden: Bool = false) {
            self.width = width
            self.hidden = hidden
        }
    }

    /// A drop-down list on a range of one column: the cell accepts only the listed values.
    package struct ListValidation: Hashable, Sendable {
        /// The column (0 = A).
        package var column: Int
        /// First and last row, 1-based, both included.
        package var rows: ClosedRange<Int>
        /// The values offered; none may contain `,` or `"` (the list is written inline).
        package var values: [String]

        package init(column: Int, rows: ClosedRange<Int>, values: [String]) {
            self.column = column
            self.rows = rows
            self.values = values
        }
    }

    /// One cell.
    package struct Cell: Hashable, Sendable {
        package var value: Value
        package var style: Style

        package init(_ value: Value, style: Style = Style()) {
            self.value = value
            self.style = style
        }

        /// A text cell.
        package static func text(_ text: String, _ style: Style = Style()) -> Cell { Cell(.text(text), style: style) }
        /// A number cell.
        package static func number(_ value: Double, _ style: Style = Style()) -> Cell { Cell(.number(value), style: style) }
        /// A percentage given on the 0–100 scale, stored as a fraction (33.3 → 0.333) with a percent format.
        package static func percent(_ value: Double, _ style: Style = Style()) -> Cell {
            var style = style
            style.format = .percent
            return Cell(.number(value / 100), style: style)
        }
        /// A date cell: its serial number with a date format.
        package static func date(_ date: LocalDate, _ style: Style = Style()) -> Cell {
            var style = style
            style.format = .date
            return Cell(.date(date), style: style)
        }
        /// An empty cell that still carries a style (a fill, a format for what a user types).
        package static func empty(_ style: Style = Style()) -> Cell { Cell(.empty, style: style) }
    }

    /// What a cell holds.
    package enum Value: Hashable, Sendable {
        case empty
        case text(String)
        case number(Double)
        case date(LocalDate)
    }

    /// A cell's look.
    package struct Style: Hashable, Sendable {
        package var bold: Bool
        /// A solid fill colour.
        package var fill: Fill?
        package var format: NumberFormat
        /// Wrap long text inside the cell.
        package var wrap: Bool

        package init(bold: Bool = false, fill: Fill? = nil, format: NumberFormat = .general, wrap: Bool = false) {
            self.bold = bold
            self.fill = fill
            self.format = format
            self.wrap = wrap
        }
    }

    /// Fills reports use: the zone colours (the HTML report's zones, in lighter tints so black text
    /// stays readable), a blue-grey for headers and a pale blue for cells a person fills in.
    package enum Fill: String, Hashable, Sendable, CaseIterable {
        case red = "FFF4CCCC"
        case yellow = "FFFCE8B2"
        case green = "FFD9EAD3"
        case none = "FFE7E7E7"
        case header = "FFDDE4EE"
        case input = "FFF1F6FC"
    }

    /// Number formats reports use.
    package enum NumberFormat: Hashable, Sendable {
        case general
        /// «33.3%» (the value is a fraction).
        case percent
        /// «30.06.2023».
        case date
        /// One decimal: «0.6».
        case decimal

        /// The custom format's id and code (ids from 164 are free for custom formats); `nil` = General.
        var custom: (id: Int, code: String)? {
            switch self {
            case .general: nil
            case .percent: (164, "0.0%")
            case .date: (165, "DD.MM.YYYY")
            case .decimal: (166, "0.0")
            }
        }
    }
}
