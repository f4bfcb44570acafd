extension FindingCode {
    /// A regional (or municipal) activity owed by a level but not implemented in a roadmap of that level.
    package static let missingActivity = FindingCode("missing-activity")
    /// A lower activity's deadline later than its parent's (less the lead time).
    package static let deadlineAfterParent = FindingCode("deadline-after-parent")
    /// A lower activity lacks the document its parent requires (or names a different one).
    package static let documentMismatch = FindingCode("document-mismatch")
    /// Executor words the cascade rules do not know.
    package static let unknownExecutor = FindingCode("unknown-executor")
    /// A cascade rule the plan's content does not settle (no or several programme items): the user chooses.
    package static let ambiguousRule = FindingCode("ambiguous-rule")
    /// A lower activity's occurrences do not correspond to its parent's: the parent's dates are kept.
    package static let deadlineMismatch = FindingCode("deadline-mismatch")
    /// «в течение учебного года» in a roadmap whose period is not an academic year (flagged, not guessed).
    package static let academicYearInCalendarPlan = FindingCode("academic-year-in-calendar-plan")
    /// A programme-item rule written in `workspace.json` (kept on re-import) that the plan's content
    /// would now settle differently.
    package static let ruleDiffersFromPlan = FindingCode("rule-differs-from-plan")
    /// A roadmap's period differs from the workspace's.
    package static let periodMismatch = FindingCode("period-mismatch")
}
