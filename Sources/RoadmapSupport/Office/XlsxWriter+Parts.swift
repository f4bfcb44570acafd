import Foundation

/// The package parts of a workbook: content types, relationships, workbook, styles, shared
/// strings and one part per sheet, zipped.
extension XlsxWorkbook {
    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Rows and columns a sheet holds (Excel's limits).
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    /// The .xlsx file's bytes.
    package func data() throws(ZipWriter.Failure) -> Data {
        // A spreadsheet program refuses a sheet beyond these.
        for sheet in sheets where sheet.rows.count > Self.maxRows || sheet.columnCount > Self.maxColumns {
            throw .tooLarge
        }
        var styles = StyleTable()
        var strings = StringTable()
        let names = sheetNames
        var sheetParts: [String] = []
        for (index, sheet) in sheets.enumerated() {
            sheetParts.append(sheetXML(sheet, selected: index == 0, styles: &styles, strings: &strings))
        }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: contentTypes())
        zip.add("_rels/.rels", text: rootRelationships())
        zip.add("docProps/app.xml", text: appProperties())
        zip.add("xl/workbook.xml", text: workbookXML(names))
        zip.add("xl/_rels/workbook.xml.rels", text: workbookRelationships())
        zip.add("xl/styles.xml", text: styles.xml())
        if sharedStrings { zip.add("xl/sharedStrings.xml", text: strings.xml()) }
        for (index, part) in sheetParts.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", text: part) }
        return try zip.archive()
    }

    /// Writes the workbook to `url` atomically.
    package func write(to url: URL) throws(ZipWriteError) {
        let bytes: Data
        do throws(ZipWriter.Failure) { bytes = try data() } catch { throw .archive(error) }
        do throws(WorkspaceError) { try AtomicFile.write(bytes, to: url) } catch { throw .write(error) }
    }

    func contentTypes() -> String {
        var x = Self.xmlHeader
        x += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        x += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        x += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        x +=
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in sheets.indices {
            x +=
                "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        x +=
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        if sharedStrings {
            x +=
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        }
        x +=
            "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return x + "</Types>"
    }

    func rootRelationships() -> String {
        Self.xmlHeader + "<Relationships xmlns=\"\(Self.packageRelationships)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(Self.relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    func appProperties() -> String {
        Self.xmlHeader
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>roadmap</Application></Properties>"
    }

    func workbookXML(_ names: [String]) -> String {
        var x = Self.xmlHeader
        x += "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
        x += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            x += "<sheet name=\"\(MarkupEscape.escape(name, for: .xml))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        x += "</sheets>"
        // Excel keeps an autofilter's range in a hidden defined name per sheet.
        var defined: [String] = []
        for (index, sheet) in sheets.enumerated() {
            guard let range = autoFilterRange(sheet) else { continue }
            let absolute = range.split(separator: ":").map { part -> String in
                let letters = part.prefix { $0.isLetter }
                return "$\(letters)$\(part.dropFirst(letters.count))"
            }.joined(separator: ":")
            defined.append(
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                    + MarkupEscape.escape(Self.quotedSheetName(names[index]) + "!" + absolute, for: .xml) + "</definedName>")
        }
        if !defined.isEmpty { x += "<definedNames>" + defined.joined() + "</definedNames>" }
        return x + "</workbook>"
    }

    func workbookRelationships() -> String {
        var x = Self.xmlHeader + "<Relationships xmlns=\"\(Self.packageRelationships)\">"
        for index in sheets.indices {
            x +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let next = sheets.count + 1
        x += "<Relationship Id=\"rId\(next)\" Type=\"\(Self.relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        if sharedStrings {
            x +=
                "<Relationship Id=\"rId\(next + 1)\" Type=\"\(Self.relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        return x + "</Relationships>"
    }

    /// «A6:K20»: the header row through the last row, over every column; `nil` without an autofilter.
    func autoFilterRange(_ sheet: Sheet) -> String? {
        guard let row = sheet.autoFilterRow, sheet.columnCount > 0 else { return nil }
        let last = max(row, sheet.rows.count)
        return Self.reference(column: 0, row: row) + ":" + Self.reference(column: sheet.columnCount - 1, row: last)
    }
}
