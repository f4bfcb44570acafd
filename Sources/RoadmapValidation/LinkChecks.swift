/// Link checks: every link points at an existing activity of a higher (or the same) level, and
/// links never form a cycle.
///
/// Links are resolved per roadmap on all cores against each roadmap's id index; the graph is then
/// numbered (node = roadmap's first node + the activity's position among the roadmap's distinct ids)
/// so the cycle search works on integers, in the same order as a search over (owner, activity) keys.
enum LinkChecks {
    /// A node in the link graph: a roadmap owner and an activity id.
    struct Node: Hashable {
        var owner: Owner
        var activity: String
    }

    static let check: Validator.Check = { workspace, _ in
        let graph = LinkGraph(workspace)
        return graph.unknownLinks + cycles(graph).map { graph.cycleFinding($0) }
    }

    /// The activity a link names, seen from a roadmap of `owner`; `nil` when it does not exist.
    static func resolve(_ link: ActivityLink, from owner: Owner, in workspace: Workspace) -> Node? {
        guard let targetOwner = targetOwner(link, from: owner, in: workspace),
            let roadmap = workspace.roadmap(of: targetOwner),
            roadmap.activity(id: link.activity) != nil
        else { return nil }
        return Node(owner: targetOwner, activity: link.activity)
    }

    /// The owner of the roadmap a link from a roadmap of `owner` points into.
    static func targetOwner(_ link: ActivityLink, from owner: Owner, in workspace: Workspace) -> Owner? {
        switch (link.level, owner) {
        case (.region, _): .region
        case (.municipality, .municipality(let id)): .municipality(id)
        case (.municipality, .school(let id)): workspace.school(id).map { .municipality($0.municipality) }
        case (.school, .school(let id)): .school(id)
        default: nil
        }
    }

    /// Each elementary cycle found by depth-first search, reported once: starts in (owner, activity)
    /// order, edges in the order the links are written. The search keeps its own stack of frames
    /// instead of recursing, so a chain of any length (20,000 links and more) cannot overflow the
    /// thread's stack.
    static func cycles(_ graph: LinkGraph) -> [[Int]] {
        // 0: not visited, 1: on the path, 2: done.
        var marks = [UInt8](repeating: 0, count: graph.nodeCount)
        // Where a node on the path stands in it.
        var position = [Int](repeating: -1, count: graph.nodeCount)
        var path: [Int] = []
        var frames: [(node: Int, edges: [Int], next: Int)] = []
        var found: [[Int]] = []
        func enter(_ node: Int) {
            marks[node] = 1
            position[node] = path.count
            path.append(node)
            frames.append((node, graph.edges(from: node), 0))
        }
        for start in graph.starts where marks[start] == 0 {
            enter(start)
            while let top = frames.last {
                guard top.next < top.edges.count else {
                    frames.removeLast()
                    path.removeLast()
                    position[top.node] = -1
                    marks[top.node] = 2
                    continue
                }
                let next = top.edges[top.next]
                frames[frames.count - 1].next += 1
                switch marks[next] {
                case 1: found.append(Array(path[position[next]...]))
                case 2: continue
                default: enter(next)
                }
            }
        }
        return found
    }
}
