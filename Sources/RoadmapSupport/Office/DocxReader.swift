import Foundation

/// Reads a Word document (.docx) into the lines the text importer reads: each paragraph is a
/// line (a manual line break starts another), each table row is a tab-separated line with one cell
/// per grid column, so that `RoadmapImporter` treats a .docx exactly like the document saved as
/// text — with what the text loses put back:
///
/// - Word's automatic numbering (numbering.xml, also through paragraph styles) is written in
///   front of the paragraph as Word shows it («2.1.»), so a numbered «№ п/п» column has its numbers;
/// - a cell merged across (`w:gridSpan`) keeps its text in its first column and leaves the others
///   empty, so a row merged across the whole table reads as a section title (empty cells at the
///   end of a row are dropped, as a text export drops them);
/// - a cell merged down (`w:vMerge`) repeats its value in each row it covers;
/// - paragraphs and line breaks inside a cell are joined with spaces (a word hyphenated at a
///   break is joined whole); tabs become spaces;
/// - deleted text of tracked changes and field codes are left out; nested tables are read as text
///   of the cell that holds them.
///
/// Tables broken by a page (a repeated header, or a table continued after an empty paragraph)
/// are joined by the importer, as for text.
package enum DocxReader {
    /// The document's text, one line per paragraph or table row.
    package static func text(_ data: Data, fileName: String, limits: ZipLimits = .standard) throws(DocxReadError) -> String {
        let zip: ZipReader
        do { zip = try ZipReader(data: data, fileName: fileName, limits: limits) } catch { throw .archive(error) }
        let documentPart = "word/document.xml"
        guard zip.contains(documentPart) else { throw .missingPart(file: fileName, part: documentPart) }
        var numbering = DocxNumbering()
        if zip.contains("word/numbering.xml") {
            let bytes = try part(zip, "word/numbering.xml", fileName)
            do { numbering = try DocxNumbering(numbering: bytes) } catch {
                throw .xml(file: fileName, part: "word/numbering.xml", offset: error.offset, detail: error.message)
            }
        }
        let bytes = try part(zip, documentPart, fileName)
        // Styles matter only for numbering carried by a paragraph style; a document whose
        // paragraphs name no style does not need its (often large) style sheet read.
        if zip.contains("word/styles.xml"), contains(bytes, Array("pStyle".utf8)) {
            let bytes = try part(zip, "word/styles.xml", fileName)
            do { numbering.styleNumbering = try styleNumbering(bytes) } catch {
                throw .xml(file: fileName, part: "word/styles.xml", offset: error.offset, detail: error.message)
            }
        }
        var walker = DocxBodyWalker(numbering: numbering)
        do {
            var reader = try XMLPullReader(bytes)
            try walker.read(&reader)
        } catch {
            throw .xml(file: fileName, part: documentPart, offset: error.offset, detail: error.message)
        }
        return walker.lines.joined(separator: "\n") + "\n"
    }

    /// Whether `bytes` contain `needle`.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let head = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        let end = bytes.count - needle.count
        while i <= end {
            if bytes[i] == head, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    private static func part(_ zip: ZipReader, _ name: String, _ fileName: String) throws(DocxReadError) -> [UInt8] {
        do { return try zip.data(name) } catch { throw .archive(error) }
    }

    /// Paragraph styles that carry numbering (`w:style/w:pPr/w:numPr`); a style without a level is level 0.
    static func styleNumbering(_ bytes: [UInt8]) throws(XMLPullReader.Failure) -> [String: (num: String, level: Int)] {
        var reader = try XMLPullReader(bytes)
        var result: [String: (num: String, level: Int)] = [:]
        var style: String?
        var num: String?
        var level = 0
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes):
                switch name.local {
                case "style":
                    style = XMLPullReader.value(attributes, "styleId")
                    num = nil
                    level = 0
                case "numId": num = XMLPullReader.value(attributes, "val")
                case "ilvl": level = XMLPullReader.value(attributes, "val").flatMap { Int($0) } ?? 0
                default: break
                }
            case .end(let name):
                if name.local == "style", let style, let num { result[style] = (num, level) }
            case .text: break
            }
        }
        return result
    }
}

/// Walks `w:body`, producing lines.
struct DocxBodyWalker {
    var numbering: DocxNumbering
    var lines: [String] = []

    /// One paragraph being read.
    private struct Paragraph {
        var parts: [String] = [""]
        var style: String?
        var num: String?
        var level: Int?

        mutating func append(_ text: String) { parts[parts.count - 1] += text }
    }

    /// One table being read: the row's cells by grid column, and the values merged down.
    private struct Table {
        var cells: [String] = []
        var column = 0
        var cellText: [String] = []
        var span = 1
        var vMerge: String?
        var mergedDown: [Int: String] = [:]
    }

    init(numbering: DocxNumbering) {
        self.numbering = numbering
    }

    mutating func read(_ reader: inout XMLPullReader) throws(XMLPullReader.Failure) {
        var paragraph: Paragraph?
        var tables: [Table] = []
        var inText = false
        var skipDepth = 0
        var inParagraphProperties = false
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes):
                if skipDepth > 0 {
                    skipDepth += 1
                    continue
                }
                let val = XMLPullReader.value(attributes, "val")
                switch name.local {
                case "p": paragraph = Paragraph()
                case "pPr": inParagraphProperties = true
                case "pStyle" where inParagraphProperties: paragraph?.style = val
                case "numId" where inParagraphProperties: paragraph?.num = val
                case "ilvl" where inParagraphProperties: paragraph?.level = val.flatMap { Int($0) }
                case "t": inText = true
                case "tab" where !inParagraphProperties: paragraph?.append(" ")
                case "br", "cr": paragraph?.parts.append("")
                case "delText", "instrText", "rPr", "sectPr", "commentReference", "footnoteReference": skipDepth = 1
                case "del": skipDepth = 1
                case "tbl": tables.append(Table())
                case "tr" where !tables.isEmpty:
                    tables[tables.count - 1].cells = []
                    tables[tables.count - 1].column = 0
                case "tc" where !tables.isEmpty:
                    tables[tables.count - 1].cellText = []
                    tables[tables.count - 1].span = 1
                    tables[tables.count - 1].vMerge = nil
                case "gridSpan" where !tables.isEmpty: tables[tables.count - 1].span = max(1, val.flatMap { Int($0) } ?? 1)
                case "vMerge" where !tables.isEmpty: tables[tables.count - 1].vMerge = val ?? "continue"
                default: break
                }
            case .end(let name):
                if skipDepth > 0 {
                    skipDepth -= 1
                    continue
                }
                switch name.local {
                case "t": inText = false
                case "pPr": inParagraphProperties = false
                case "p":
                    guard let finished = paragraph else { break }
                    paragraph = nil
                    let parts = finish(finished)
                    if tables.isEmpty {
                        lines += parts
                    } else {
                        tables[tables.count - 1].cellText += parts
                    }
                case "tc" where !tables.isEmpty:
                    var table = tables[tables.count - 1]
                    var text = table.cellText.map(ImportText.collapse).filter { !$0.isEmpty }.reduce("") {
                        ImportText.join($0, $1)
                    }
                    let column = table.column
                    switch table.vMerge {
                    case "restart": table.mergedDown[column] = text
                    case "continue": text = table.mergedDown[column] ?? text
                    default: table.mergedDown[column] = nil
                    }
                    for offset in 1..<max(table.span, 1) { table.mergedDown[column + offset] = nil }
                    table.cells.append(text)
                    table.cells += Array(repeating: "", count: table.span - 1)
                    table.column += table.span
                    tables[tables.count - 1] = table
                case "tr" where !tables.isEmpty:
                    var row = tables[tables.count - 1].cells
                    if tables.count == 1 {
                        // Trailing empty cells say nothing; two cells are kept so a row stays a row.
                        while row.count > 2, row.last?.isEmpty == true { row.removeLast() }
                        if row.count == 1 { row.append("") }
                        lines.append(row.joined(separator: "\t"))
                    } else {
                        // A nested table's row is text of the cell that holds it.
                        let text = row.filter { !$0.isEmpty }.joined(separator: "; ")
                        tables[tables.count - 2].cellText.append(text)
                    }
                case "tbl" where !tables.isEmpty: tables.removeLast()
                default: break
                }
            case .text(let text):
                if inText, skipDepth == 0, paragraph != nil {
                    paragraph?.append(text.replacingOccurrences(of: "\t", with: " "))
                }
            }
        }
    }

    /// The paragraph's lines, its list number (if numbered) in front of the first.
    private mutating func finish(_ paragraph: Paragraph) -> [String] {
        var parts = paragraph.parts.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        var num = paragraph.num
        var level = paragraph.level ?? 0
        if num == nil, let style = paragraph.style, let styled = numbering.styleNumbering[style] {
            num = styled.num
            level = paragraph.level ?? styled.level
        }
        if let num, let number = numbering.next(num: num, level: level) {
            let first = parts[0].trimmingCharacters(in: .whitespaces)
            parts[0] = first.isEmpty ? number : number + " " + first
        }
        return parts
    }
}
