extension SkeletonRendering {
    /// A Markdown table; `|` and line breaks inside cells are escaped so the table stays intact.
    package static func markdown(_ roadmap: Roadmap, schoolName: String) -> String {
        let title = titleLines(roadmap, schoolName: schoolName)
        var out = "# \(cell(title[0]))\n\n**\(cell(title[1]))**\n\n\(cell(title[2]))\n\n"
        out += "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for line in lines(roadmap) {
            switch line {
            case .section(let t): out += "| | **\(cell(t))** | | | | |\n"
            case .activity(let cells): out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// A cell: markup characters as entities (a title never becomes HTML), `\\` and `|` escaped,
    /// control and bidi characters written out (`DisplayText`), line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        DisplayText.neutralized(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
    }
}
