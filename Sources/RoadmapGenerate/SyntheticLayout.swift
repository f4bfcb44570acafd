import Foundation
import RoadmapKit

/// The hierarchy of a synthetic data set: regions, their municipalities and schools, with ids and
/// names. Everything follows from the options (and so from the seed).
///
/// Ids: region `reg-39` (the registration code), municipality `m39-007`, school `s39-007-03`; all
/// safe as file names and unique across the country.
package struct SyntheticLayout: Sendable {
    package struct RegionUnit: Sendable {
        package var index: Int
        package var info: RegionInfo
        package var municipalities: [MunicipalityUnit]
    }

    package struct MunicipalityUnit: Sendable {
        package var index: Int
        package var municipality: Municipality
        package var schools: [School]
    }

    package var regions: [RegionUnit]

    package init(_ options: GeneratorOptions) {
        var rng = SplitMix64(seed: options.seed, stream: 1)
        let chosen = Array(SyntheticNames.regions.shuffled(using: &rng).prefix(options.regions))
            .sorted { $0.code < $1.code }
        let perRegion = Self.spread(options.municipalities, over: options.regions, using: &rng)
        let perMunicipality = Self.spread(options.schools, over: options.municipalities, using: &rng)
        var nextMunicipality = 0
        regions = chosen.enumerated().map { regionIndex, region in
            let code = String(region.code)
            let info = RegionInfo(
                id: RegionID("reg-\(code)"), name: region.name,
                coordinator: "Министерство образования (\(region.name))")
            var local = SplitMix64(seed: options.seed, stream: 2, UInt64(regionIndex))
            let municipalities = (0..<perRegion[regionIndex]).map { m -> MunicipalityUnit in
                let global = nextMunicipality
                nextMunicipality += 1
                let number = LocalDate.pad(m + 1, 3)
                let stem = local.pick(SyntheticNames.municipalStems)
                let form = local.pick(SyntheticNames.municipalForms)
                let id = MunicipalityID("m\(code)-\(number)")
                let municipality = Municipality(
                    id: id, name: stem + form.0, aliases: [stem + "ий " + form.1],
                    coordinator: "Муниципальный координатор \(stem + "ого") \(form.1)")
                let schools = (0..<perMunicipality[global]).map { s -> School in
                    let schoolNumber = local.int(in: 1...45)
                    let pattern = local.pick(SyntheticNames.schoolTypes)
                    let short = pattern.0 + String(schoolNumber) + pattern.1
                    var risks = RiskDirections.programmeDefaults.shuffled(using: &local)
                    risks = Array(risks.prefix(local.int(in: 1...3)))
                    return School(
                        id: SchoolID("s\(code)-\(number)-\(LocalDate.pad(s + 1, 2))"), municipality: id,
                        name:
                            "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № \(schoolNumber)» (\(municipality.name))",
                        shortName: short,
                        flags: ProgrammeFlags(
                            lowResults: local.unit() < 0.7, difficultConditions: local.unit() < 0.4, participant500: true,
                            years: [options.year]),
                        riskDirections: risks, responsible: local.pick(SyntheticNames.responsible))
                }
                return MunicipalityUnit(index: global, municipality: municipality, schools: schools)
            }
            return RegionUnit(index: regionIndex, info: info, municipalities: municipalities)
        }
    }

    /// How many schools there are in all.
    package var schoolCount: Int { regions.reduce(0) { $0 + $1.municipalities.reduce(0) { $0 + $1.schools.count } } }

    /// `total` spread over `parts` (each ≥ 1) in proportion to weights drawn from 0.4…1.6.
    static func spread(_ total: Int, over parts: Int, using rng: inout SplitMix64) -> [Int] {
        let weights = (0..<parts).map { _ in 0.4 + 1.2 * rng.unit() }
        let sum = weights.reduce(0, +)
        let spare = total - parts
        var counts = weights.map { 1 + Int(Double(spare) * $0 / sum) }
        var missing = total - counts.reduce(0, +)
        var i = 0
        while missing > 0 {
            counts[i % parts] += 1
            missing -= 1
            i += 1
        }
        return counts
    }
}
