extension SchoolCalendar {
    /// Terms `from`…`to` (1-based) of every school year whose span ends inside `period`, each as one
    /// window from the first term's start to the last term's end; `from == nil` = every term, one
    /// occurrence each.
    func occurrences(_ kind: TermKind, from: Int?, to: Int?, in period: Period) -> [Occurrence] {
        let terms = terms(kind)
        var result: [Occurrence] = []
        for schoolYear in (period.start.year - 1)...period.end.year {
            func date(_ md: (month: Int, day: Int)) -> LocalDate? {
                LocalDate(year: md.month >= 9 ? schoolYear : schoolYear + 1, month: md.month, day: md.day)
            }
            let spans: [(Int, Int)] = from.map { [($0, to ?? $0)] } ?? terms.indices.map { ($0 + 1, $0 + 1) }
            for (a, b) in spans where (1...terms.count).contains(a) && (1...terms.count).contains(b) && a <= b {
                guard let start = date(terms[a - 1].start), let end = date(terms[b - 1].end), period.contains(end)
                else { continue }
                result.append(Occurrence(start: start, end: end))
            }
        }
        return result.sorted()
    }
}
