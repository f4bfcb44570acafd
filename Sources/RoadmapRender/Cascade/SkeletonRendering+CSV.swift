extension SkeletonRendering {
    /// CSV for spreadsheets: `;`-separated with a byte-order mark (what Russian Excel expects), a
    /// section column, and `CSVWriter`'s quoting and formula-injection guard.
    package static func csv(_ roadmap: Roadmap, schoolName: String) -> String {
        var rows: [[String]] = []
        var section = ""
        for line in lines(roadmap) {
            switch line {
            case .section(let t): section = t
            case .activity(let cells): rows.append([section] + cells)
            }
        }
        return CSVWriter.write(header: ["Раздел"] + header, rows: rows, delimiter: ";", byteOrderMark: true)
    }
}
