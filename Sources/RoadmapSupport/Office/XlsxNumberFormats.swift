/// Which cell styles of a workbook show numbers as dates: built-in number formats 14–22 and
/// custom formats whose code has day or year placeholders (outside quoted text and `[…]`).
struct XlsxNumberFormats: Sendable {
    /// For each cell style index (`s` of a cell), whether it is a date format.
    var dateStyles: [Bool] = []

    /// Whether the cell style `index` shows a date.
    func isDate(style index: Int) -> Bool { dateStyles.indices.contains(index) && dateStyles[index] }

    /// Built-in date (and date-time) formats.
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(50...58)

    /// Reads `xl/styles.xml`.
    init(styles bytes: [UInt8]) throws(XMLPullReader.Failure) {
        var reader = try XMLPullReader(bytes)
        var custom: [Int: String] = [:]
        var inCellXfs = false
        var styles: [Bool] = []
        var formatOfStyle: [Int] = []
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes):
                switch name.local {
                case "numFmt":
                    if let id = XMLPullReader.value(attributes, "numFmtId").flatMap({ Int($0) }),
                        let code = XMLPullReader.value(attributes, "formatCode")
                    {
                        custom[id] = code
                    }
                case "cellXfs": inCellXfs = true
                case "xf" where inCellXfs:
                    formatOfStyle.append(XMLPullReader.value(attributes, "numFmtId").flatMap { Int($0) } ?? 0)
                    try reader.skipElement()
                default: break
                }
            case .end(let name):
                if name.local == "cellXfs" { inCellXfs = false }
            case .text: break
            }
        }
        for id in formatOfStyle {
            if let code = custom[id] {
                styles.append(Self.isDateCode(code))
            } else {
                styles.append(Self.builtInDates.contains(id))
            }
        }
        dateStyles = styles
    }

    init() {}

    /// Whether a format code shows a date: it has `d` or `y` placeholders outside quoted text,
    /// `[…]` sections and escaped characters (`m` alone may be minutes).
    static func isDateCode(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var escaped = false
        for c in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if c == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if c == "]" { inBracket = false }
                continue
            }
            switch c {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": escaped = true
            case "d", "y", "д", "г": return true
            default: continue
            }
        }
        return false
    }

    /// The date an Excel serial number denotes in the workbook's date system, or nil when out
    /// of range. In the 1900 system serial 60 is the non-existent 29 February 1900 that Excel
    /// keeps for compatibility; serials after it are one day ahead.
    static func date(serial: Double, date1904: Bool) -> LocalDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down))
        if date1904 {
            return LocalDate(dayNumber: LocalDate(year: 1904, month: 1, day: 1)!.dayNumber + days)
        }
        guard days >= 1 else { return nil }
        let base = LocalDate(year: 1899, month: 12, day: 31)!.dayNumber
        return LocalDate(dayNumber: base + (days >= 60 ? days - 1 : days))
    }
}
