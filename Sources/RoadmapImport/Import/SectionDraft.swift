/// An activity read from a document, before ids are given.
struct ActivityDraft: Sendable {
    var number: String?
    var title: String
    var schedule: String = ""
    var executors: String = ""
    var indicator: String?
    var documents: [String] = []
    var extraColumns: [NamedText] = []
}

/// A section read from a document, before ids are given.
struct SectionDraft: Sendable {
    var title: String
    var activities: [ActivityDraft] = []
}

/// What one assembler made of its part of the document.
struct AssembledPart: Sendable {
    var sections: [SectionDraft] = []
    var targets: [TargetIndicator] = []
    var tables: [DocumentTable] = []
    var uses: [Int: LineUse] = [:]
    var fragments: [ImportFragment] = []
}
