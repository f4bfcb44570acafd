/// Link checks: every link points at an existing activity of a higher (or the same) level, and
/// links never form a cycle.
enum LinkChecks {
    /// A node in the link graph: a roadmap owner and an activity id.
    struct Node: Hashable {
        var owner: Owner
        var activity: String
    }

    static let check: Validator.Check = { workspace in
        var findings: [Finding] = []
        var edges: [Node: [Node]] = [:]
        var places: [Node: (file: String, location: String)] = [:]
        for (owner, roadmap) in RoadmapChecks.allRoadmaps(workspace) {
            let file = (try? WorkspaceLayout.roadmapPath(owner)) ?? owner.description
            for (s, section) in roadmap.sections.enumerated() {
                for (a, activity) in section.activities.enumerated() {
                    let from = Node(owner: owner, activity: activity.id)
                    places[from] = (file, "sections[\(s)].activities[\(a)].implements")
                    for link in activity.implements {
                        guard let target = resolve(link, from: owner, in: workspace) else {
                            findings.append(
                                Finding(
                                    .error, .unknownLink, file: file, location: "sections[\(s)].activities[\(a)].implements",
                                    ru: "пункт \(activity.number ?? activity.id) ссылается на несуществующее мероприятие «\(link)»",
                                    en: "item \(activity.number ?? activity.id) links to a missing activity \"\(link)\""))
                            continue
                        }
                        edges[from, default: []].append(target)
                    }
                }
            }
        }
        findings += cycles(edges).map { cycle in
            let first = cycle[0]
            let place = places[first] ?? ("", "")
            let chain = (cycle + [first]).map { "\($0.owner):\($0.activity)" }.joined(separator: " → ")
            return Finding(
                .error, .linkCycle, file: place.file, location: place.location,
                ru: "ссылки образуют цикл: \(chain)", en: "links form a cycle: \(chain)")
        }
        return findings
    }

    /// The activity a link names, seen from a roadmap of `owner`; `nil` when it does not exist.
    static func resolve(_ link: ActivityLink, from owner: Owner, in workspace: Workspace) -> Node? {
        let targetOwner: Owner?
        switch (link.level, owner) {
        case (.region, _): targetOwner = .region
        case (.municipality, .municipality(let id)): targetOwner = .municipality(id)
        case (.municipality, .school(let id)): targetOwner = workspace.school(id).map { .municipality($0.municipality) }
        case (.school, .school(let id)): targetOwner = .school(id)
        default: targetOwner = nil
        }
        guard let targetOwner, let roadmap = workspace.roadmap(of: targetOwner),
            roadmap.activity(id: link.activity) != nil
        else { return nil }
        return Node(owner: targetOwner, activity: link.activity)
    }

    /// Each elementary cycle found by depth-first search, reported once.
    static func cycles(_ edges: [Node: [Node]]) -> [[Node]] {
        enum Mark { case active, done }
        var marks: [Node: Mark] = [:]
        var stack: [Node] = []
        var found: [[Node]] = []
        func visit(_ node: Node) {
            marks[node] = .active
            stack.append(node)
            for next in edges[node] ?? [] {
                switch marks[next] {
                case .active:
                    if let start = stack.firstIndex(of: next) { found.append(Array(stack[start...])) }
                case .done: continue
                case nil: visit(next)
                }
            }
            stack.removeLast()
            marks[node] = .done
        }
        let starts = edges.keys.sorted { ($0.owner.description, $0.activity) < ($1.owner.description, $1.activity) }
        for node in starts where marks[node] == nil { visit(node) }
        return found
    }
}
