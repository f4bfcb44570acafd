/// Dense numbers for the units of a register: schools `0..<S` in register order, then
/// municipalities `S..<S+M`. A repeated id keeps the number of its first entry (as the register's
/// lookups do), while the ranges still count every entry.
struct UnitNumbers: Sendable {
    private let schoolNumbers: [SchoolID: Int]
    /// Municipality positions in the register; their numbers follow the schools'.
    private let municipalityNumbers: [MunicipalityID: Int]
    /// The schools' numbers.
    let schools: Range<Int>
    /// The municipalities' numbers.
    let municipalities: Range<Int>

    init(_ units: UnitRegister) {
        // The register's own position tables: schools are numbered by position, municipalities
        // after all schools.
        let positions = units.positions()
        schoolNumbers = positions.schools
        municipalityNumbers = positions.municipalities
        schools = 0..<units.schools.count
        municipalities = schools.upperBound..<(schools.upperBound + units.municipalities.count)
    }

    /// How many numbers there are.
    var count: Int { municipalities.upperBound }

    /// The number of a school or municipality of the register; `nil` for the region and for units
    /// not in the register.
    func number(of owner: Owner) -> Int? {
        switch owner {
        case .region: nil
        case .municipality(let id): municipalityNumbers[id].map { schools.upperBound + $0 }
        case .school(let id): schoolNumbers[id]
        }
    }
}
