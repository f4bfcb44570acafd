extension XlsxWorkbook.Fill {
    /// The fill of a zone; grey without one.
    package init(zone: Zone?) {
        switch zone {
        case .red: self = .red
        case .yellow: self = .yellow
        case .green: self = .green
        case nil: self = .none
        }
    }
}
