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

    /// Why the options cannot be generated, or `nil` when they can.
    package var problem: String? {
        if regions < 1 || regions > SyntheticNames.regions.count {
            return "--regions must be 1…\(SyntheticNames.regions.count)"
        }
        if municipalities < regions { return "--municipalities must be at least --regions (\(regions))" }
        if municipalities > regions * 9_999 { return "--municipalities must be at most 9,999 per region" }
        if schools > 1_000_000 { return "--schools must be at most 1,000,000" }
        if schools < municipalities { return "--schools must be at least --municipalities (\(municipalities))" }
        if activities.lowerBound < 1 || activities.upperBound > 999 { return "--activities must be within 1…999" }
        return nil
    }
}
