/// Numbered sub-items written in one cell: «1. Сбор информации … 2. Оформление … 3. Анализ …».
///
/// When an activity numbered «1» holds «2. », «3. » … in sequence, each item becomes an activity of
/// its own with the row's deadline, executors and documents (the 003 layout, where the next rows
/// continue with «4.», «5.» …).
enum SubItems {
    static func split(_ activity: ActivityDraft) -> [ActivityDraft] {
        guard let number = activity.number, ActivityID.from(number: number) == "1" else { return [activity] }
        let text = activity.title
        var pieces: [(number: String, start: String.Index)] = []
        var searchFrom = text.startIndex
        var expected = 2
        while let range = marker(expected, in: text, from: searchFrom) {
            pieces.append(("\(expected).", range.lowerBound))
            searchFrom = range.upperBound
            expected += 1
        }
        guard !pieces.isEmpty else { return [activity] }
        var result: [ActivityDraft] = []
        var first = activity
        first.title = ImportText.collapse(text[..<pieces[0].start])
        result.append(first)
        for (k, piece) in pieces.enumerated() {
            let end = k + 1 < pieces.count ? pieces[k + 1].start : text.endIndex
            var item = activity
            item.number = piece.number
            let body = text[piece.start..<end]
            item.title = ImportText.collapse(ActivityNumber.split(ImportText.collapse(body))?.rest ?? String(body))
            result.append(item)
        }
        return result
    }

    /// « N. X» where X is an uppercase letter, after `from`.
    static func marker(_ n: Int, in text: String, from: String.Index) -> Range<String.Index>? {
        var start = from
        let needle = " \(n). "
        while let range = text.range(of: needle, range: start..<text.endIndex) {
            let after = range.upperBound
            if after < text.endIndex, text[after].isUppercase {
                return text.index(after: range.lowerBound)..<range.upperBound
            }
            start = range.upperBound
        }
        return nil
    }
}
