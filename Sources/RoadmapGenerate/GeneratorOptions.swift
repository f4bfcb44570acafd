import RoadmapKit

/// What `roadmap generate` makes: how many units, how many activities per school, which seed.
///
/// Counts of municipalities and schools are totals over all regions; they are spread over regions
/// and municipalities unevenly (weights drawn from the seed), as real lists are.
package struct GeneratorOptions: Hashable, Sendable {
    package var regions: Int
    package var municipalities: Int
    package var schools: Int
    /// Activities per school roadmap, drawn uniformly from this range.
    package var activities: ClosedRange<Int>
    package var seed: UInt64
    /// The plan year (the seed plan's 2023).
    package var year: Int
    /// The day progress is reported as of: records after it do not exist yet.
    package var reportDate: LocalDate

    package init(
        regions: Int = 1, municipalities: Int = 10, schools: Int = 40, activities: ClosedRange<Int> = 50...100,
        seed: UInt64 = 1, year: Int = 2023, reportDate: LocalDate? = nil
    ) {
        self.regions = regions
        self.municipalities = municipalities
        self.schools = schools
        self.activities = activities
        self.seed = seed
        self.year = year
        self.reportDate = reportDate ?? LocalDate(year: year, month: 12, day: 20)!
    }

    /// National size: 85 regions, ~2,300 municipalities, ~4,000 participating schools.
    package static let national = GeneratorOptions(regions: 85, municipalities: 2300, schools: 4000)

    /// Which count a problem is about (the CLI names its option).
    package enum Field: String, Sendable { case regions, municipalities, schools, activities }

    /// Why the options cannot be generated: the count at fault and what it must be.
    package struct Problem: Hashable, Sendable {
        package var field: Field
        package var message: LocalizedText
    }

    /// Why the options cannot be generated, or `nil` when they can.
    package var problem: Problem? {
        let maxRegions = SyntheticNames.regions.count
        if regions < 1 || regions > maxRegions {
            return Problem(
                field: .regions,
                message: LocalizedText(ru: "регионов должно быть от 1 до \(maxRegions)", en: "regions must be 1…\(maxRegions)"))
        }
        if municipalities < regions {
            return Problem(
                field: .municipalities,
                message: LocalizedText(
                    ru: "муниципалитетов должно быть не меньше, чем регионов (\(regions))",
                    en: "municipalities must be at least the regions (\(regions))"))
        }
        if municipalities > regions * 9_999 {
            return Problem(
                field: .municipalities,
                message: LocalizedText(
                    ru: "муниципалитетов должно быть не больше 9 999 на регион", en: "municipalities must be at most 9,999 per region"))
        }
        if schools > 1_000_000 {
            return Problem(
                field: .schools,
                message: LocalizedText(ru: "школ должно быть не больше 1 000 000", en: "schools must be at most 1,000,000"))
        }
        if schools < municipalities {
            return Problem(
                field: .schools,
                message: LocalizedText(
                    ru: "школ должно быть не меньше, чем муниципалитетов (\(municipalities))",
                    en: "schools must be at least the municipalities (\(municipalities))"))
        }
        if activities.lowerBound < 1 || activities.upperBound > 999 {
            return Problem(
                field: .activities,
                message: LocalizedText(ru: "мероприятий должно быть от 1 до 999", en: "activities must be within 1…999"))
        }
        return nil
    }
}
