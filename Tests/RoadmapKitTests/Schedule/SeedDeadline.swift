import Foundation
import RoadmapKit

/// One row of Fixtures/schedules/seed-deadlines.tsv: a deadline cell of a seed document and what it must parse to.
struct SeedDeadline: Sendable, CustomStringConvertible {
    var seed: String
    var period: Period
    var text: String
    var kind: ScheduleKind
    var occurrences: [Occurrence]
    var warnings: Set<ScheduleWarning.Code>
    var line: Int

    var description: String { "\(seed):\(line) «\(text)»" }

    /// All rows of the fixture.
    static func all() throws -> [SeedDeadline] {
        let text = try Fixture.text("schedules/seed-deadlines.tsv")
        var rows: [SeedDeadline] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("seed\t") else { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let period = Period(parsing: f[1]), let kind = ScheduleKind(rawValue: f[3]) else {
                throw FixtureError("seed-deadlines.tsv:\(index + 1): expected 6 columns with a period and a kind")
            }
            let occurrences = try f[4].split(separator: ";").map { try occurrence(String($0), line: index + 1) }
            var codes: [ScheduleWarning.Code] = []
            for code in f[5].split(separator: ",") where code != "-" {
                guard let c = ScheduleWarning.Code(rawValue: String(code)) else {
                    throw FixtureError("seed-deadlines.tsv:\(index + 1): unknown warning code \(code)")
                }
                codes.append(c)
            }
            rows.append(
                SeedDeadline(
                    seed: f[0], period: period, text: f[2].replacingOccurrences(of: "\\n", with: "\n"), kind: kind,
                    occurrences: occurrences, warnings: Set(codes), line: index + 1))
        }
        return rows
    }

    static func occurrence(_ text: String, line: Int) throws -> Occurrence {
        let parts = text.components(separatedBy: "..")
        if parts.count == 1, let end = LocalDate(iso: parts[0]) { return Occurrence(end: end) }
        if parts.count == 2, let start = LocalDate(iso: parts[0]), let end = LocalDate(iso: parts[1]) {
            return Occurrence(start: start, end: end)
        }
        throw FixtureError("seed-deadlines.tsv:\(line): bad occurrence \(text)")
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Re-extracts the deadline cells of the tabular seeds, independently of the fixture list.
enum SeedDeadlineCells {
    /// The dates column of the Kaliningrad plan (004): rows numbered «N.».
    static func kaliningrad(_ text: String) -> [String] {
        rows(text).compactMap { f in
            f.count > 2 && isNumber(f[0].trimmed, dots: 1, exact: true) ? f[2].trimmed : nil
        }
    }

    /// The «Сроки исполнения» column of the Svetlogorsk plan (001), including rows whose number
    /// was merged into the activity cell and the row repeated across a page break.
    static func svetlogorsk(_ text: String) -> [String] {
        rows(text).compactMap { f in
            guard f.count >= 3 else { return nil }
            let first = f[0].trimmed
            if isNumber(first, dots: 2, exact: true) { return f[2].trimmed }
            if isNumber(first, dots: 2, exact: false) { return f[1].trimmed }
            if first.isEmpty, !f[1].trimmed.isEmpty, !f[2].trimmed.isEmpty, !startsWithNumber(f[1].trimmed) {
                return f[2].trimmed
            }
            return nil
        }
    }

    /// The «Сроки» column of every Markdown table of the Andropovsky plan (000); a table continued
    /// after a page break (an empty header) keeps the previous table's column.
    static func andropovsky(_ text: String) -> [String] {
        var result: [String] = []
        var column: Int?
        var expectHeader = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = line.trimmed
            guard s.hasPrefix("|") else {
                expectHeader = true
                continue
            }
            let cells = s.trimmingCharacters(in: CharacterSet(charactersIn: "|")).components(separatedBy: "|").map(\.trimmed)
            if expectHeader {
                expectHeader = false
                if cells.contains(where: { !$0.isEmpty }) { column = cells.firstIndex(of: "Сроки") }
                continue
            }
            if s.allSatisfy({ "-|: ".contains($0) }) { continue }
            if let column, column < cells.count, !cells[column].isEmpty { result.append(cells[column]) }
        }
        return result
    }

    /// The «Сроки» column of the Kavkazsky plan (003): the cell after the last numbered activity, or
    /// the fourth cell of a full row.
    static func kavkazsky(_ text: String) -> [String] {
        rows(text).compactMap { raw in
            var f = raw
            while let last = f.last, last.trimmed.isEmpty { f.removeLast() }
            guard f.count >= 3 else { return nil }
            let cell: String
            if let numbered = f.indices.last(where: { startsWithNumber(f[$0].trimmed) }) {
                guard numbered + 1 < f.count else { return nil }
                cell = f[numbered + 1].trimmed
            } else if f.count >= 6, !f[0].trimmed.isEmpty {
                cell = f[3].trimmed
            } else {
                return nil
            }
            return cell.isEmpty || cell == "Сроки" || cell.allSatisfy({ $0 == "-" }) ? nil : cell
        }
    }

    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// «12.» (dots 1) or «2.1» / «2.1.» (dots 2); not exact: followed by a space and text.
    static func isNumber(_ s: String, dots: Int, exact: Bool) -> Bool {
        var groups = 0
        var digits = 0
        var index = s.startIndex
        while index < s.endIndex {
            let c = s[index]
            if c.isASCII, c.isNumber {
                digits += 1
            } else if c == ".", digits > 0 {
                groups += 1
                digits = 0
            } else {
                break
            }
            index = s.index(after: index)
        }
        if digits > 0 { groups += 1 }
        guard groups == dots, dots == 1 ? s.hasSuffix(".") || !exact : true else { return false }
        if exact { return index == s.endIndex }
        return index < s.endIndex && s[index] == " " && s[index...].trimmed.count > 0
    }

    /// «4. Разработка…»: a number, a dot and a space.
    static func startsWithNumber(_ s: String) -> Bool {
        guard let dot = s.firstIndex(of: "."), dot > s.startIndex, s[..<dot].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        let after = s.index(after: dot)
        return after < s.endIndex && s[after] == " "
    }
}

extension StringProtocol {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
