/// «Each item counted once, where it is executed» (Docs/compliance.md, «Counted once»): the items of
/// a regional plan or a municipal roadmap whose executors are all of lower levels. They are left out
/// of that roadmap's own figure, because the schools (or municipalities) that execute them count
/// them in their own roadmaps; an item one of whose executors is the roadmap's own level stays.
///
/// Executors are read by the cascade's `ExecutorResolver` (the rules of `workspace.json` and, for a
/// municipal roadmap, the names of the municipality's schools). A cell that names no known executor
/// stays with the roadmap: nobody else would count it.
package enum ExecutedBelow {
    /// The ids of `roadmap`'s activities executed only below `level`.
    package static func activities(of roadmap: Roadmap, level: Level, resolver: ExecutorResolver) -> Set<String> {
        guard level != .school else { return [] }
        var result: Set<String> = []
        for activity in roadmap.activities {
            let levels = resolver.resolve(activity.executors).levels
            if !levels.isEmpty, levels.allSatisfy({ $0 > level }) { result.insert(activity.id) }
        }
        return result
    }
}
