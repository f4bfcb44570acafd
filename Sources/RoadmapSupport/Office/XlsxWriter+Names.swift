/// Sheet names, cell references and date serial numbers as SpreadsheetML writes them.
extension XlsxWorkbook {
    /// Characters a sheet name may not contain.
    static let forbiddenInSheetName: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// A valid sheet name made from `name`: forbidden characters (`[ ] : * ? / \`) and control
    /// characters become «_», leading and trailing apostrophes and spaces go, at most 31 characters,
    /// «Лист» when nothing is left.
    package static func sanitizedSheetName(_ name: String) -> String {
        var text = String(
            name.map { c -> Character in
                forbiddenInSheetName.contains(c) || c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? "_" : c
            })
        while let first = text.first, first == "'" || first == " " { text.removeFirst() }
        text = String(text.prefix(31))
        while let last = text.last, last == "'" || last == " " { text.removeLast() }
        return text.isEmpty ? "Лист" : text
    }

    /// The sheets' names, sanitised and made unique (names differing only in case are the same
    /// to a spreadsheet): a repeat gets « (2)», « (3)» … within the 31 characters.
    package var sheetNames: [String] {
        var used: Set<String> = []
        var names: [String] = []
        for sheet in sheets {
            let base = Self.sanitizedSheetName(sheet.name)
            var name = base
            var n = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(name.lowercased())
            names.append(name)
        }
        return names
    }

    /// The column's letters: 0 → «A», 25 → «Z», 26 → «AA».
    package static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// «B7» for column 1, row 7.
    package static func reference(column: Int, row: Int) -> String { columnName(column) + String(row) }

    /// The date's serial number in the 1900 date system as Excel counts it: 1900-01-01 is 1, and
    /// Excel's fictitious 29 February 1900 is 60, so 1900-03-01 is 61 and later dates are days
    /// since 1899-12-30.
    package static func serial(of date: LocalDate) -> Int {
        let epoch = LocalDate(year: 1899, month: 12, day: 30)!.dayNumber
        let days = date.dayNumber - epoch
        return date < LocalDate(year: 1900, month: 3, day: 1)! ? days - 1 : days
    }

    /// A sheet name as a formula reference: quoted, apostrophes doubled.
    static func quotedSheetName(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
