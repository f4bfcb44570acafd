/// Reads an activity list written as plain text (a PDF converted without table markup):
///
/// - a numbered line («1.2. Определение рабочей группы…») starts an activity; so does an
///   unnumbered line starting uppercase once the activity above has its deadline;
/// - a line that is only a deadline («ноябрь», «Март- апрель», «В течении года») is the deadline
///   of the activity above; a deadline may also end a line («… различных форм апрель») or wrap
///   («апрель, далее в» + «течении года»);
/// - before its deadline every line continues the activity; after it, only lowercase lines do;
/// - a numbered line without a deadline that is one short line with a top-level number
///   («1.Аналитико-прогностические мероприятия») is a section heading, and so is a short
///   unnumbered line ending with a colon («На уровне образовательных учреждений:»);
/// - a line of one to three digits is a page number, kept as a fragment.
struct PlainTextAssembler {
    struct Item {
        var number: String?
        var titleParts: [String]
        var scheduleParts: [String] = []
        var lines: [Int]
        /// The first line as written, for a heading.
        var firstText: String

        var hasSchedule: Bool { !scheduleParts.isEmpty }

        /// One line with a top-level number and no deadline: a heading unless more follows.
        var mayBeHeading: Bool {
            guard let number, !hasSchedule, lines.count == 1 else { return false }
            return ActivityNumber.isTopLevel(number)
        }
    }

    var part = AssembledPart()
    var sections: [SectionDraft] = [SectionDraft(title: "")]
    var current: Item?

    static func assemble(_ lines: ArraySlice<SourceLine>) -> AssembledPart {
        var assembler = PlainTextAssembler()
        for line in lines { assembler.take(line) }
        assembler.close()
        assembler.part.sections = assembler.sections.filter { !($0.title.isEmpty && $0.activities.isEmpty) }
        return assembler.part
    }

    mutating func take(_ line: SourceLine) {
        let text: String
        switch line.shape {
        case .blank:
            part.uses[line.number] = .blank
            return
        case .separator:
            part.uses[line.number] = .separator
            return
        case .prose(let t): text = t
        case .markdownRow(let cells), .tabRow(let cells): text = cells.filter { !$0.isEmpty }.joined(separator: " ")
        }
        if text.count <= 3, text.allSatisfy(\.isNumber) {
            part.uses[line.number] = .fragment
            part.fragments.append(ImportFragment(line: line.number, text: text))
            return
        }
        if SchedulePhrase.isScheduleLine(text) {
            guard current != nil else {
                part.uses[line.number] = .fragment
                part.fragments.append(ImportFragment(line: line.number, text: text))
                return
            }
            addSchedule(text)
            current?.lines.append(line.number)
            part.uses[line.number] = .activity
            return
        }
        if let split = ActivityNumber.split(text), !split.rest.isEmpty {
            close()
            start(number: split.number, text: split.rest, line: line.number, firstText: text)
            return
        }
        let open = current.map { !$0.hasSchedule && !$0.mayBeHeading } ?? false
        if !open, text.hasSuffix(":"), text.count <= 60 {
            close()
            heading(text, line: line.number)
            return
        }
        if var item = current {
            let trailing = SchedulePhrase.splitTrailing(text)
            if !item.hasSchedule || (ImportText.startsLowercase(text) && trailing == nil) || text.first == "(" {
                if let trailing, !item.hasSchedule {
                    item.titleParts.append(trailing.text)
                    item.scheduleParts.append(trailing.schedule)
                } else {
                    item.titleParts.append(text)
                }
                item.lines.append(line.number)
                current = item
                part.uses[line.number] = .activity
                return
            }
        }
        close()
        start(number: nil, text: text, line: line.number, firstText: text)
    }

    mutating func start(number: String?, text: String, line: Int, firstText: String) {
        var item = Item(number: number, titleParts: [], lines: [line], firstText: firstText)
        if let trailing = SchedulePhrase.splitTrailing(text) {
            item.titleParts = [trailing.text]
            item.scheduleParts = [trailing.schedule]
        } else {
            item.titleParts = [text]
        }
        current = item
    }

    mutating func addSchedule(_ text: String) {
        guard var item = current else { return }
        if let last = item.scheduleParts.last, SchedulePhrase.isDangling(last) {
            item.scheduleParts[item.scheduleParts.count - 1] = last + " " + text
        } else {
            item.scheduleParts.append(text)
        }
        current = item
    }

    mutating func heading(_ text: String, line: Int) {
        part.uses[line] = .section
        if let last = sections.last, last.activities.isEmpty, last.title.isEmpty {
            sections[sections.count - 1].title = text
        } else {
            sections.append(SectionDraft(title: text))
        }
    }

    /// Ends the item being read: an activity, or a section heading when it has no deadline and is
    /// one short line with a top-level number.
    mutating func close() {
        guard let item = current else { return }
        current = nil
        var title = ""
        title.reserveCapacity(item.titleParts.reduce(item.titleParts.count) { $0 + $1.utf8.count })
        for part in item.titleParts { ImportText.append(part, to: &title) }
        if item.mayBeHeading, title.count <= 100 {
            heading(item.firstText, line: item.lines[0])
            return
        }
        for line in item.lines { part.uses[line] = .activity }
        sections[sections.count - 1].activities.append(
            ActivityDraft(number: item.number, title: title, schedule: item.scheduleParts.joined(separator: "; ")))
    }
}
