extension SkeletonMerge {
    /// Places the activities a school keeps into the regenerated sections: after the activity they
    /// followed (`anchor`), first in their section when nothing preceded them, at the end of the
    /// section when the anchor is elsewhere, in a new section when the title is not there.
    ///
    /// Kept activities mostly come in runs (each placed after the one before it), so the place of
    /// the last one placed is remembered and a run costs no search.
    struct Placement {
        private(set) var sections: [RoadmapSection]
        /// The section and position of the activity placed last.
        private var last: (section: Int, index: Int)?

        init(_ sections: [RoadmapSection]) { self.sections = sections }

        /// The sections, handed over (the placement is left empty, so they are not shared and
        /// renumbering edits them in place).
        mutating func take() -> [RoadmapSection] {
            last = nil
            return Swift.exchange(&sections, with: [])
        }

        mutating func insert(_ activity: consuming Activity, after anchor: String?, inSection title: String) {
            guard let s = section(title) else {
                sections.append(RoadmapSection(title: title, activities: [activity]))
                last = (sections.count - 1, 0)
                return
            }
            let at: Int
            if let anchor {
                if let last, last.section == s, sections[s].activities[last.index].id == anchor {
                    at = last.index + 1
                } else if let i = sections[s].activities.firstIndex(where: { $0.id == anchor }) {
                    at = i + 1
                } else {
                    at = sections[s].activities.count
                }
            } else {
                at = 0
            }
            // Kept activities mostly go last in their section: appending moves nothing.
            if at == sections[s].activities.count {
                sections[s].activities.append(activity)
            } else {
                sections[s].activities.insert(activity, at: at)
            }
            last = (s, at)
        }

        /// The first section with a title; the one used last is checked first.
        private func section(_ title: String) -> Int? {
            if let last, sections[last.section].title == title { return last.section }
            return sections.firstIndex { $0.title == title }
        }
    }
}
