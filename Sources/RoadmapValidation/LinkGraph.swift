/// The links of a workspace as a graph over numbered nodes, with the unknown links found while
/// building it. Built per roadmap on all cores (`ParallelMap`), merged in `allRoadmaps` order.
///
/// Only roadmaps that some link can point into (the regional plan, municipal roadmaps, a school
/// roadmap whose activities link to each other) get nodes: an activity of any other roadmap has no
/// incoming edge, so it lies on no cycle, and its links are only checked for existence. At 4,000
/// school roadmaps this spares numbering 300,000 activities that no cycle can reach.
struct LinkGraph {
    /// One roadmap's part: its distinct activity ids (a node each), where each id last stands, the
    /// links it could not resolve and the resolved edges.
    struct Part: Sendable {
        var owner: Owner
        var file: String
        /// Distinct activity ids in first-occurrence order; node `first + k` is `ids[k]`.
        var ids: [String]
        /// Activity id → `k` (ids are numbered in first-occurrence order, as `ids`).
        var index: IDTable
        /// `[s, a]` of the last activity with each id, for a cycle's location.
        var places: [(section: Int, activity: Int)]
        /// The first global node of this roadmap.
        var first = 0
        /// Whether some link can point into this roadmap; otherwise it has no nodes.
        var isTarget = true
    }

    /// One roadmap's links: those it could not resolve and the resolved edges.
    struct Links: Sendable {
        var unknownLinks: [Finding] = []
        /// Edges from local node `k` to global nodes, in the order the links are written.
        var edges: [Int: [Int]] = [:]
        /// Local nodes with edges, by activity id.
        var starts: [Int] = []
    }

    let parts: [Part]
    /// Per part, its links.
    let links: [Links]
    /// Roadmap owner → index in `parts`.
    let partIndex: [Owner: Int]
    /// Nodes with outgoing edges, in (owner description, activity) order.
    let starts: [Int]
    let nodeCount: Int
    let unknownLinks: [Finding]

    init(_ workspace: Workspace) {
        let roadmaps = RoadmapChecks.allRoadmaps(workspace)
        var parts = ParallelMap.map(roadmaps.map { Owned(owner: $0.0, roadmap: $0.1) }) { owned in
            LinkGraph.ids(owned, isTarget: LinkGraph.isLinkedInto(owned))
        }
        var partIndex: [Owner: Int] = [:]
        var first = 0
        for i in parts.indices {
            partIndex[parts[i].owner] = i
            parts[i].first = first
            first += parts[i].ids.count
        }
        let lookup = Lookup(parts: parts, partIndex: partIndex, workspace: workspace)
        let links = ParallelMap.map(Array(parts.indices)) { i in lookup.resolve(roadmaps[i].1, part: i) }
        self.parts = parts
        self.links = links
        self.partIndex = partIndex
        self.nodeCount = first
        self.unknownLinks = links.flatMap(\.unknownLinks)
        let names = parts.map(\.owner.description)
        let order = parts.indices.sorted { names[$0] < names[$1] }
        self.starts = order.flatMap { i in links[i].starts.map { parts[i].first + $0 } }
    }

    /// Where a node's edges are.
    func edges(from node: Int) -> [Int] {
        let p = part(of: node)
        return links[p].edges[node - parts[p].first] ?? []
    }

    /// The part holding a global node (parts are numbered in order).
    func part(of node: Int) -> Int {
        var low = 0
        var high = parts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if parts[mid].first <= node { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// `owner:activity` of a node.
    func name(_ node: Int) -> String {
        let part = parts[self.part(of: node)]
        return "\(part.owner):\(part.ids[node - part.first])"
    }

    func cycleFinding(_ cycle: [Int]) -> Finding {
        let part = parts[self.part(of: cycle[0])]
        let place = part.places[cycle[0] - part.first]
        let chain = (cycle + [cycle[0]]).map(name).joined(separator: " → ")
        return Finding(
            .error, .linkCycle, file: part.file,
            location: "sections[\(place.section)].activities[\(place.activity)].implements",
            ru: "ссылки образуют цикл: \(chain)", en: "links form a cycle: \(chain)")
    }

    struct Owned: Sendable {
        var owner: Owner
        var roadmap: Roadmap
    }

    /// Whether a link can point into a roadmap: the regional plan and municipal roadmaps always (the
    /// levels below link to them), a school roadmap only when its own activities link to each other
    /// (`school:` links, which no other roadmap can write).
    static func isLinkedInto(_ owned: Owned) -> Bool {
        guard owned.owner.level == .school else { return true }
        for section in owned.roadmap.sections {
            let activities = section.activities.span
            for a in activities.indices where activities[a].implements.contains(where: { $0.level == .school }) {
                return true
            }
        }
        return false
    }

    /// A roadmap's distinct ids and the places of their last occurrences (none when no link can
    /// point into it).
    static func ids(_ owned: Owned, isTarget: Bool) -> Part {
        let file = (try? WorkspaceLayout.roadmapPath(owned.owner)) ?? owned.owner.description
        var part = Part(owner: owned.owner, file: file, ids: [], index: IDTable(capacity: 0), places: [], isTarget: isTarget)
        guard isTarget else { return part }
        part.index = IDTable(capacity: owned.roadmap.sections.reduce(0) { $0 + $1.activities.count })
        for (s, section) in owned.roadmap.sections.enumerated() {
            for a in section.activities.indices {
                let id = section.activities[a].id
                let (inserted, k) = part.index.insert(id)
                if inserted {
                    part.ids.append(id)
                    part.places.append((s, a))
                } else {
                    part.places[Int(k)] = (s, a)
                }
            }
        }
        return part
    }

    /// Resolves links against the id indexes of every roadmap.
    struct Lookup: Sendable {
        let parts: [Part]
        let partIndex: [Owner: Int]
        let workspace: Workspace

        /// The part a link of each level from a roadmap of `owner` points into (`nil`: none), by
        /// `Level.depth`: found once per roadmap rather than per link, and read per link without hashing.
        func targetParts(from owner: Owner) -> [Int?] {
            var result: [Int?] = Array(repeating: nil, count: Level.allCases.count)
            for level in Level.allCases {
                let probe = ActivityLink(level: level, activity: "")
                if let target = LinkChecks.targetOwner(probe, from: owner, in: workspace) { result[level.depth] = partIndex[target] }
            }
            return result
        }

        /// The links of the roadmap of part `index`.
        func resolve(_ roadmap: Roadmap, part index: Int) -> Links {
            var part = Links()
            let file = parts[index].file
            let local = parts[index].index
            let targets = targetParts(from: parts[index].owner)
            /// The global node a link points at, or `nil` when its activity does not exist.
            func node(_ link: ActivityLink) -> Int? {
                guard let p = targets[link.level.depth], let k = parts[p].index.number(of: link.activity) else { return nil }
                return parts[p].first + Int(k)
            }
            for (s, section) in roadmap.sections.enumerated() {
                for a in section.activities.indices {
                    for link in section.activities[a].implements {
                        guard let target = node(link) else {
                            let activity = section.activities[a]
                            part.unknownLinks.append(
                                Finding(
                                    .error, .unknownLink, file: file,
                                    location: "sections[\(s)].activities[\(a)].implements",
                                    ru: "пункт \(activity.label) ссылается на несуществующее мероприятие «\(link)»",
                                    en: "item \(activity.label) links to a missing activity \"\(link)\""))
                            continue
                        }
                        guard parts[index].isTarget else { continue }
                        part.edges[Int(local.number(of: section.activities[a].id) ?? 0), default: []].append(target)
                    }
                }
            }
            let ids = parts[index].ids
            part.starts = part.edges.keys.sorted { ids[$0] < ids[$1] }
            return part
        }
    }
}
