/// School terms: «I четверть», «во II четверти», «I–II триместр», «по четвертям», «каждую четверть».
extension ScheduleScanner {
    /// «по четвертям», «по триместрам», «каждую четверть», «каждый триместр»: one occurrence per term.
    /// Also takes «в», «во» before «II четверти» as noise.
    mutating func schoolTermRecurrence() -> Bool {
        if keyword(i) == .inPrep || keyword(i) == .on, kind(i + 1) == .number || isOrdinal(i + 1) {
            for n in (i + 2)..<min(i + 6, tokens.count) where keyword(n) == .termQuarter || keyword(n) == .trimester {
                mark(i, i + 1)
                noise[i] = true
                i += 1
                return true
            }
        }
        guard keyword(i) == .through || keyword(i) == .each else { return false }
        let noun = keyword(i + 1)
        guard noun == .termQuarter || noun == .trimester else { return false }
        let kind: SchoolCalendar.TermKind = noun == .termQuarter ? .quarter : .trimester
        pieces.append(
            SchedulePiece(shape: .term(kind, from: nil, to: nil), start: tokens[i].start, end: tokens[i + 1].end))
        mark(i, i + 2)
        i += 2
        return true
    }

    func isOrdinal(_ j: Int) -> Bool {
        if case .ordinal = keyword(j) { return true }
        return false
    }

    /// The pieces for ordinals `indices` before a term noun at `noun` (from `part(at:)`).
    mutating func schoolTerms(
        _ indices: [(Int, Int)], kind: SchoolCalendar.TermKind, from j: Int, noun: Int
    ) -> ([SchedulePiece], Int)? {
        let limit = SchoolCalendar.standard.terms(kind).count
        var result: [SchedulePiece] = []
        for (from, to) in indices {
            guard (1...limit).contains(from), (1...limit).contains(to), from <= to else {
                let name = kind == .quarter ? "четверти" : "триместра"
                warnings.append(
                    ScheduleWarning(
                        .impossibleDate, ru: "нет такой \(name): \(from == to ? "\(from)" : "\(from)-\(to)")",
                        en: "no such school \(kind.rawValue): \(from == to ? "\(from)" : "\(from)-\(to)")"))
                continue
            }
            result.append(
                SchedulePiece(shape: .term(kind, from: from, to: to), start: tokens[j].start, end: tokens[noun].end))
        }
        return (result, noun + 1)
    }
}
