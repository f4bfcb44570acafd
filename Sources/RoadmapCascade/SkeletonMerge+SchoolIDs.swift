extension SkeletonMerge {
    /// Gives each generated activity whose id the school already uses for an activity of its own
    /// (origin `document` or `added`: a school that wrote `risk3` before gaining a third risk
    /// direction, or `m9` before the municipality's item 9) the first free id `<id>-2`, `<id>-3`, …,
    /// so the merge never replaces the school's activity, nor its progress records, with a
    /// generated one. The choice depends only on the two roadmaps, so a re-run picks the same id
    /// and finds its own earlier copy. Returns `generated → given` for each activity moved.
    static func keepSchoolIDs(_ roadmap: inout Roadmap, existing: Roadmap) -> [String] {
        var own: Set<String> = []
        for section in existing.sections {
            for activity in section.activities where activity.origin != .skeleton { own.insert(activity.id) }
        }
        guard !own.isEmpty else { return [] }
        var taken = own
        for section in roadmap.sections { for activity in section.activities { taken.insert(activity.id) } }
        var moved: [String] = []
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices where own.contains(roadmap.sections[s].activities[a].id) {
                let id = roadmap.sections[s].activities[a].id
                var k = 2
                while taken.contains("\(id)-\(k)") { k += 1 }
                let given = "\(id)-\(k)"
                taken.insert(given)
                roadmap.sections[s].activities[a].id = given
                moved.append("\(id) → \(given)")
            }
        }
        return moved
    }
}
