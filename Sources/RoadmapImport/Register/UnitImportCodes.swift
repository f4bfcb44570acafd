/// Finding codes of the participating-schools import (`roadmap units import`).
extension FindingCode {
    /// A required column (municipality, school name) is missing.
    package static let missingColumn = FindingCode("missing-column")
    /// Two headers mean the same column.
    package static let duplicateColumn = FindingCode("duplicate-column")
    /// A header that is not recognised; the column is ignored.
    package static let ignoredColumn = FindingCode("ignored-column")
    /// A row without a school name.
    package static let emptySchoolName = FindingCode("empty-school-name")
    /// A row without a municipality.
    package static let emptyMunicipality = FindingCode("empty-municipality")
    /// A cell that is not of the column's kind (a flag, a year).
    package static let invalidCell = FindingCode("invalid-cell")
    /// Two rows for the same school (same code or same normalised name).
    package static let duplicateSchool = FindingCode("duplicate-school")
    /// A municipality written two ways («Светлогорский ГО» / «Светлогорский городской округ»).
    package static let municipalitySpelling = FindingCode("municipality-spelling")
    /// A risk direction that is not in the workspace's configured list.
    package static let unknownRiskDirection = FindingCode("unknown-risk-direction")
    /// A registered school that the imported list no longer names (kept, not deleted).
    package static let schoolNotInList = FindingCode("school-not-in-list")
}
