/// The result of importing one roadmap document: the roadmap and the accounting of its lines.
package struct ImportedDocument: Hashable, Sendable {
    package var roadmap: Roadmap
    package var report: ImportReport

    package init(roadmap: Roadmap, report: ImportReport) {
        self.roadmap = roadmap
        self.report = report
    }
}

/// How the importer used one line of the source document.
package enum LineUse: String, Hashable, Sendable, Codable, CaseIterable {
    /// Empty or whitespace only.
    case blank
    /// Before the first table header: title, order, issuer, approval text.
    case preamble
    /// A table header row (also an empty header row of a table continued after a page break).
    case header
    /// A `|---|` or `---<TAB>---` separator row.
    case separator
    /// The title line of a table («Контрольные точки …»).
    case tableTitle
    /// A section heading («1. Организационные мероприятия», «На уровне образовательных учреждений:»).
    case section
    /// Part of an activity: its row, a wrapped continuation or its deadline line.
    case activity
    /// A row of the target indicators table (целевые показатели).
    case target
    /// A row of another table kept as it is (контрольные точки …).
    case table
    /// A repeat of a neighbouring row left by a page break; its text is in that row.
    case duplicate
    /// Not understood; kept verbatim in `Roadmap.fragments`.
    case fragment
}

/// A piece of the document the importer did not understand, kept verbatim.
package struct ImportFragment: Hashable, Sendable, Codable {
    /// 1-based line in the source document.
    package var line: Int
    package var text: String

    package init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// A fact read from the document's preamble (issuer, order, period, a named school or person).
package struct ImportFact: Hashable, Sendable, Codable {
    /// What the fact is: `issuer`, `orderNumber`, `orderDate`, `period`, `title`, `school`, `person`.
    package var kind: String
    package var text: String
    /// 1-based line where it was found.
    package var line: Int

    package init(kind: String, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}

/// A deadline text the schedule parser did not fully understand.
package struct ImportScheduleNote: Hashable, Sendable, Codable {
    package var activity: String
    package var schedule: String
    package var message: LocalizedText

    package init(activity: String, schedule: String, message: LocalizedText) {
        self.activity = activity
        self.schedule = schedule
        self.message = message
    }
}

/// Which layout the activity list was read from.
package enum DocumentLayout: String, Hashable, Sendable, Codable {
    /// `| a | b |` rows.
    case markdownTable = "markdown-table"
    /// Cells separated by tabs.
    case tabSeparated = "tab-separated"
    /// Plain text: numbered lines with their deadline on the same or a following line.
    case plainText = "plain-text"
}

/// The accounting of an import: every line of the document and what became of it.
package struct ImportReport: Hashable, Sendable, Codable {
    package var fileName: String
    package var layout: DocumentLayout
    /// One entry per line of the source text (index 0 is line 1).
    package var lineUses: [LineUse]
    /// 1-based line of the first table header (or of the activity list); lines before it are the preamble.
    package var tablePartStart: Int
    package var activityCount: Int
    package var sectionCount: Int
    package var tableCount: Int
    package var targetCount: Int
    /// Pieces not understood, kept verbatim in the roadmap's `fragments`.
    package var fragments: [ImportFragment]
    /// Facts read from the preamble.
    package var facts: [ImportFact]
    /// Deadlines the schedule parser did not understand (the text is kept as written).
    package var scheduleNotes: [ImportScheduleNote]

    package init(
        fileName: String, layout: DocumentLayout, lineUses: [LineUse], tablePartStart: Int, activityCount: Int,
        sectionCount: Int, tableCount: Int, targetCount: Int, fragments: [ImportFragment], facts: [ImportFact],
        scheduleNotes: [ImportScheduleNote]
    ) {
        self.fileName = fileName
        self.layout = layout
        self.lineUses = lineUses
        self.tablePartStart = tablePartStart
        self.activityCount = activityCount
        self.sectionCount = sectionCount
        self.tableCount = tableCount
        self.targetCount = targetCount
        self.fragments = fragments
        self.facts = facts
        self.scheduleNotes = scheduleNotes
    }

    /// Lines in the document.
    package var linesRead: Int { lineUses.count }

    /// Non-empty lines.
    package var nonEmptyLines: Int { lineUses.filter { $0 != .blank }.count }

    /// How many lines were used each way.
    package func count(_ use: LineUse) -> Int { lineUses.filter { $0 == use }.count }

    /// Facts of one kind, in document order.
    package func facts(_ kind: String) -> [String] { facts.filter { $0.kind == kind }.map(\.text) }
}
