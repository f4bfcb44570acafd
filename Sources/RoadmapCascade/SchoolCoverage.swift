/// Which owed items a school's own roadmap already implements: the links of its own activities
/// (`origin` `document` or `added`, linked with `roadmap link --school`). The skeleton does not
/// add a copy of an item one of them implements — the school's activity is that item.
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
    /// `municipality:M`) of items the school's own activities implement; returns what matched.
    /// Anti-risk programme activities come from another rule and are never matched.
    static func remove(coveredBy links: [ActivityLink: [String]], from generated: inout Roadmap) -> [SkeletonMatch] {
        guard !links.isEmpty else { return [] }
        var matches: [SkeletonMatch] = []
        for s in generated.sections.indices {
            generated.sections[s].activities.removeAll { activity in
                guard activity.implements.count == 1, let link = activity.implements.first,
                    activity.id == (link.level == .region ? "r" : "m") + link.activity, let by = links[link]
                else { return false }
                matches.append(SkeletonMatch(generated: activity.id, by: by))
                return true
            }
        }
        generated.sections.removeAll { $0.activities.isEmpty }
        return matches
    }
}
