/// Compares multi-year target indicators (`Roadmap.targets`) with the actuals reported, for the
/// calendar year of the as-of date, in each indicator's direction. Only the actual reported for
/// that very year is compared; without one the result says «нет данных» (`met == nil`).
package struct TargetEvaluator: Sendable {
    package var asOf: LocalDate

    package init(asOf: LocalDate) { self.asOf = asOf }

    /// Every roadmap's targets: the region's first, then municipalities', then schools'.
    package func evaluate(_ workspace: Workspace) -> [TargetResult] {
        var roadmaps: [Roadmap] = []
        if let plan = workspace.regionalPlan { roadmaps.append(plan) }
        roadmaps += workspace.municipalRoadmaps.keys.sorted().compactMap { workspace.municipalRoadmaps[$0] }
        roadmaps += workspace.schoolRoadmaps.keys.sorted().compactMap { workspace.schoolRoadmaps[$0] }
        return roadmaps.flatMap { roadmap in roadmap.targets.map { evaluate($0, owner: roadmap.owner) } }
    }

    /// One indicator for the as-of year.
    package func evaluate(_ indicator: TargetIndicator, owner: Owner) -> TargetResult {
        let year = asOf.year
        let target = indicator.targets.first { $0.year == year }?.value
        let actual = indicator.actuals.last { $0.year == year }
        var met: Bool?
        if let target, let value = actual?.value {
            met = indicator.direction == .atLeast ? value >= target : value <= target
        }
        return TargetResult(
            owner: owner, name: indicator.name, unit: indicator.unit, direction: indicator.direction, year: year,
            target: target, actual: actual?.value, met: met)
    }
}
