extension SkeletonRendering {
    /// A self-contained printable HTML page; every piece of text is escaped.
    package static func html(_ roadmap: Roadmap, schoolName: String) -> String {
        let title = titleLines(roadmap, schoolName: schoolName)
        var out = """
            <!DOCTYPE html>
            <html lang="ru">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title[0])): \(escape(title[1]))</title>
            <style>
            body { font-family: serif; margin: 2em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
            td.section { font-weight: bold; background: #eee; }
            </style>
            </head>
            <body>
            <h1>\(escape(title[0]))</h1>
            <p><strong>\(escape(title[1]))</strong></p>
            <p>\(escape(title[2]))</p>
            <table>
            <thead><tr>
            """
        out += "\n"
        out += header.map { "<th>\(escape($0))</th>" }.joined() + "\n</tr></thead>\n<tbody>\n"
        for line in lines(roadmap) {
            switch line {
            case .section(let t):
                out += "<tr><td class=\"section\" colspan=\"\(header.count)\">\(escape(t))</td></tr>\n"
            case .activity(let cells):
                out += "<tr>" + cells.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            }
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    /// Escapes `& < > " '` so no input text becomes markup (`MarkupEscape`, HTML).
    private static func escape(_ text: String) -> String { MarkupEscape.escape(text, for: .html) }
}
