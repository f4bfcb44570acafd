import RoadmapKit

/// Writes a school's draft as rows of the flat status CSV, byte by byte (no `String` per row).
enum SyntheticStatusRows {
    static func append(_ draft: SchoolDraft, region: String, municipality: String, school: String, to out: inout [UInt8]) {
        let prefix = Array("\(region),\(municipality),\(school),".utf8)
        for item in draft.items {
            out.append(contentsOf: prefix)
            out.append(contentsOf: item.id.utf8)
            out.append(UInt8(ascii: ","))
            appendISO(item.due, to: &out)
            out.append(UInt8(ascii: ","))
            if let done = item.countedDone { appendISO(done, to: &out) }
            out.append(UInt8(ascii: "\n"))
        }
    }

    static func appendISO(_ date: LocalDate, to out: inout [UInt8]) {
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var v = value
            while divisor > 0 {
                out.append(UInt8(48 + v / divisor))
                v %= divisor
                divisor /= 10
            }
        }
        digits(date.year, 4)
        out.append(UInt8(ascii: "-"))
        digits(date.month, 2)
        out.append(UInt8(ascii: "-"))
        digits(date.day, 2)
    }
}
