/// Which owed items a school's own roadmap already implements: the links of its own activities
/// (`origin` `document` or `added`, linked with `roadmap link --school`). The skeleton does not
/// add a copy of an item one of them implements — the school's activity is that item — unless its
/// dates do not correspond to the item's (`ScheduleCorrespondence`): then the item keeps its dates.
enum SchoolCoverage {
    /// Own activities by the link they implement, in document order.
    static func links(of roadmap: Roadmap) -> [ActivityLink: [String]] {
        var result: [ActivityLink: [String]] = [:]
        for activity in roadmap.activities where activity.origin != .skeleton {
            for link in activity.implements where !(result[link]?.contains(activity.id) ?? false) {
                result[link, default: []].append(activity.id)
            }
        }
        return result
    }

    /// Removes from `generated` the direct copies (`r<N>` of `region:N`, `m<M>` of
    /// `municipality:M`) of items the school's own activities implement; returns what matched and,
    /// as `kept`, the copies left in place because no implementing activity's dates correspond to
    /// the copy's (`answers(copy, ownID)` is false for each: the item keeps its own dates and
    /// `validate` reports `deadline-mismatch`). Anti-risk programme activities come from another
    /// rule and are never matched.
    static func remove(
        coveredBy links: [ActivityLink: [String]], from generated: inout Roadmap,
        answers: (_ copy: Activity, _ own: String) -> Bool = { _, _ in true }
    ) -> (matched: [SkeletonMatch], kept: [SkeletonMatch]) {
        guard !links.isEmpty else { return ([], []) }
        var matches: [SkeletonMatch] = []
        var kept: [SkeletonMatch] = []
        for s in generated.sections.indices {
            generated.sections[s].activities.removeAll { activity in
                guard activity.implements.count == 1, let link = activity.implements.first,
                    activity.id == (link.level == .region ? "r" : "m") + link.activity, let by = links[link]
                else { return false }
                let answering = by.filter { answers(activity, $0) }
                guard !answering.isEmpty else {
                    kept.append(SkeletonMatch(generated: activity.id, by: by))
                    return false
                }
                matches.append(SkeletonMatch(generated: activity.id, by: answering))
                return true
            }
        }
        generated.sections.removeAll { $0.activities.isEmpty }
        return (matches, kept)
    }
}
