extension SkeletonMerge {
    /// Places the activities a school keeps into the regenerated sections: after the activity they
    /// followed (`anchor`), first in their section when nothing preceded them, at the end of the
    /// section when the anchor is elsewhere, in a new section when the title is not there.
    ///
    /// Each section is a linked list while activities are placed, so placing k activities into a
    /// section of n costs O(n + k), not O(n · k) array shifts of large `Activity` values.
    struct Placement {
        private struct Section {
            var title: String
            var activities: [Activity] = []
            /// Index in `activities` of the next one in order; -1 ends the list.
            var next: [Int] = []
            var head = -1
            var tail = -1
            /// Position of each id in `activities` (the first in order when an id repeats).
            var index: [String: Int] = [:]

            init(title: String, activities: [Activity]) {
                self.title = title
                self.activities = activities
                next = activities.indices.map { $0 + 1 }
                if !activities.isEmpty {
                    next[activities.count - 1] = -1
                    head = 0
                    tail = activities.count - 1
                }
                index.reserveCapacity(activities.count)
                for (i, activity) in activities.enumerated() where index[activity.id] == nil {
                    index[activity.id] = i
                }
            }

            /// Inserts after `anchor`, first when `anchor` is nil, last when it is not in this section.
            mutating func insert(_ activity: Activity, after anchor: String?) {
                let new = activities.count
                activities.append(activity)
                if let anchor, let at = index[anchor] {
                    next.append(next[at])
                    next[at] = new
                    if tail == at { tail = new }
                } else if anchor == nil {
                    next.append(head)
                    head = new
                    if tail == -1 { tail = new }
                } else {
                    next.append(-1)
                    if tail == -1 { head = new } else { next[tail] = new }
                    tail = new
                }
                // Kept activities never repeat an id already placed, so this is its only position.
                if index[activity.id] == nil { index[activity.id] = new }
            }

            var ordered: RoadmapSection {
                var result: [Activity] = []
                result.reserveCapacity(activities.count)
                var i = head
                while i != -1 {
                    result.append(activities[i])
                    i = next[i]
                }
                return RoadmapSection(title: title, activities: result)
            }
        }

        private var list: [Section]
        /// The first section with each title.
        private var byTitle: [String: Int] = [:]

        init(_ sections: [RoadmapSection]) {
            list = sections.map { Section(title: $0.title, activities: $0.activities) }
            for (i, section) in sections.enumerated() where byTitle[section.title] == nil { byTitle[section.title] = i }
        }

        mutating func insert(_ activity: Activity, after anchor: String?, inSection title: String) {
            guard let s = byTitle[title] else {
                byTitle[title] = list.count
                list.append(Section(title: title, activities: [activity]))
                return
            }
            list[s].insert(activity, after: anchor)
        }

        /// The sections in their final order.
        func sections() -> [RoadmapSection] { list.map(\.ordered) }
    }
}
