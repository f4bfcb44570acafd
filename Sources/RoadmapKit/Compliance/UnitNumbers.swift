/// Dense numbers for the units of a register: schools `0..<S` in register order, then
/// municipalities `S..<S+M`. A repeated id keeps the number of its first entry (as the register's
/// lookups do), while the ranges still count every entry.
struct UnitNumbers: Sendable {
    private let schoolNumbers: [SchoolID: Int]
    private let municipalityNumbers: [MunicipalityID: Int]
    /// The schools' numbers.
    let schools: Range<Int>
    /// The municipalities' numbers.
    let municipalities: Range<Int>

    init(_ units: UnitRegister) {
        var schoolNumbers: [SchoolID: Int] = [:]
        schoolNumbers.reserveCapacity(units.schools.count)
        for (i, school) in units.schools.enumerated() where schoolNumbers[school.id] == nil { schoolNumbers[school.id] = i }
        let offset = units.schools.count
        var municipalityNumbers: [MunicipalityID: Int] = [:]
        municipalityNumbers.reserveCapacity(units.municipalities.count)
        for (i, municipality) in units.municipalities.enumerated() where municipalityNumbers[municipality.id] == nil {
            municipalityNumbers[municipality.id] = offset + i
        }
        self.schoolNumbers = schoolNumbers
        self.municipalityNumbers = municipalityNumbers
        schools = 0..<offset
        municipalities = offset..<(offset + units.municipalities.count)
    }

    /// How many numbers there are.
    var count: Int { municipalities.upperBound }

    /// The number of a school or municipality of the register; `nil` for the region and for units
    /// not in the register.
    func number(of owner: Owner) -> Int? {
        switch owner {
        case .region: nil
        case .municipality(let id): municipalityNumbers[id]
        case .school(let id): schoolNumbers[id]
        }
    }
}
