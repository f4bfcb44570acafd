/// The two forms most cells take — «До 15.05.2023» and «01.02-15.05.2023» — read straight from
/// their bytes: the 300,000 activities of 4,000 generated schools use nothing else, and real plans
/// mostly these. A text is answered here only when the full parser would read it as one plain
/// deadline or window inside the period: dates that exist, a window's start before its end, both
/// in the period. Anything else, and every other form, goes through the full parser.
/// `SchedulePlainFormsTests` compares the two on every day of three years.
extension ScheduleParser {
    /// The schedule of `text` when it is a plain deadline («До DD.MM.YYYY», «до …») or window
    /// («DD.MM-DD.MM.YYYY») inside the period; `nil` otherwise.
    func plainForm(_ text: String) -> Schedule? {
        let length = text.utf8.count
        guard length == 15 || length == 16, let occurrence = Self.plainOccurrence(Array(text.utf8)), period.contains(occurrence.end),
            occurrence.start.map(period.contains) ?? true
        else {
            return nil
        }
        return Schedule(text: text, kind: occurrence.start == nil ? .deadline : .window, occurrences: [occurrence])
    }

    /// «До »/«до » and ten bytes of a date, or sixteen bytes of «DD.MM-DD.MM.YYYY».
    static func plainOccurrence(_ bytes: [UInt8]) -> Occurrence? {
        // «До » and «до »: Д (D0 94) or д (D0 B4), о (D0 BE), a space.
        if bytes.count == 15, bytes[0] == 0xD0, bytes[1] == 0x94 || bytes[1] == 0xB4, bytes[2] == 0xD0, bytes[3] == 0xBE,
            bytes[4] == 0x20
        {
            guard let day = LocalDate.digits(bytes, 5, 2), bytes[7] == 0x2E, let month = LocalDate.digits(bytes, 8, 2),
                bytes[10] == 0x2E, let year = LocalDate.digits(bytes, 11, 4),
                let end = LocalDate(year: year, month: month, day: day)
            else { return nil }
            return Occurrence(end: end)
        }
        guard bytes.count == 16, let startDay = LocalDate.digits(bytes, 0, 2), bytes[2] == 0x2E,
            let startMonth = LocalDate.digits(bytes, 3, 2), bytes[5] == 0x2D, let day = LocalDate.digits(bytes, 6, 2),
            bytes[8] == 0x2E, let month = LocalDate.digits(bytes, 9, 2), bytes[11] == 0x2E,
            let year = LocalDate.digits(bytes, 12, 4),
            let start = LocalDate(year: year, month: startMonth, day: startDay),
            let end = LocalDate(year: year, month: month, day: day), start < end
        else { return nil }
        return Occurrence(start: start, end: end)
    }

}
