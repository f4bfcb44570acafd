import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// `LinkChecks` on the numbered `LinkGraph` reports exactly what a search over (owner, activity)
/// keys reports: the same unknown links, the same cycles found in the same order, at the same places.
@Suite struct LinkGraphTests {
    /// The cascade fixture with both Svetlogorsk schools' skeletons, and links that form cycles in
    /// the regional plan, the municipal roadmap and a school roadmap, links to nothing, and a
    /// duplicate id.
    static func tangledWorkspace() throws -> Workspace {
        var workspace = try CascadeFixture.workspace()
        for school in [CascadeFixture.primorye, CascadeFixture.sosh1] {
            workspace.schoolRoadmaps[school] = try CascadeFixture.skeleton(workspace, school: school)
        }
        func link(_ level: Level, _ id: String) -> ActivityLink { ActivityLink(level: level, activity: id) }
        var plan = try #require(workspace.regionalPlan)
        CascadeFixture.edit(&plan, "1") { $0.implements.append(link(.region, "2")) }
        CascadeFixture.edit(&plan, "2") { $0.implements += [link(.region, "3"), link(.region, "1")] }
        CascadeFixture.edit(&plan, "3") { $0.implements.append(link(.region, "1")) }
        workspace.regionalPlan = plan
        var municipal = try #require(workspace.municipalRoadmaps[CascadeFixture.svetlogorsk])
        CascadeFixture.edit(&municipal, "1.1") { $0.implements += [link(.municipality, "1.2"), link(.region, "99")] }
        CascadeFixture.edit(&municipal, "1.2") { $0.implements.append(link(.municipality, "1.1")) }
        workspace.municipalRoadmaps[CascadeFixture.svetlogorsk] = municipal
        var primorye = try #require(workspace.schoolRoadmaps[CascadeFixture.primorye])
        CascadeFixture.edit(&primorye, "r1") { $0.implements.append(link(.school, "r2")) }
        CascadeFixture.edit(&primorye, "r2") { $0.implements += [link(.school, "r1"), link(.school, "nope")] }
        CascadeFixture.edit(&primorye, "r4") { $0.implements.append(link(.school, "r4")) }
        workspace.schoolRoadmaps[CascadeFixture.primorye] = primorye
        var sosh1 = try #require(workspace.schoolRoadmaps[CascadeFixture.sosh1])
        sosh1.sections[0].activities[1].id = sosh1.sections[0].activities[0].id
        sosh1.sections[0].activities[1].implements.append(link(.school, sosh1.sections[0].activities[2].id))
        sosh1.sections[0].activities[2].implements.append(link(.school, sosh1.sections[0].activities[0].id))
        sosh1.sections[0].activities[2].implements.append(link(.municipality, "9.9"))
        workspace.schoolRoadmaps[CascadeFixture.sosh1] = sosh1
        return workspace
    }

    @Test func sameFindingsAsTheSearchOverOwnerActivityKeys() throws {
        let workspace = try Self.tangledWorkspace()
        let findings = LinkChecks.check(workspace, ScheduleIndex(workspace))
        #expect(findings == ReferenceLinkChecks.check(workspace))
        let cycles = findings.filter { $0.code == .linkCycle }
        #expect(cycles.count == 6, "\(cycles.map(\.message.en))")
        #expect(findings.filter { $0.code == .unknownLink }.count == 3)
        #expect(
            cycles.first?.message.en
                == "links form a cycle: municipality:svetlogorsk:1.1 → municipality:svetlogorsk:1.2 → municipality:svetlogorsk:1.1"
        )
    }

    /// A school roadmap whose links all point upwards gets no nodes (nothing can link into it), yet
    /// its links to nothing are still reported, and the cycles above it are still found.
    @Test func aSchoolLinkingOnlyUpwardsHasNoNodesAndItsUnknownLinksAreReported() throws {
        var workspace = try Self.tangledWorkspace()
        var skeleton = try CascadeFixture.skeleton(workspace, school: CascadeFixture.sosh1)
        skeleton.sections[0].activities[0].implements.append(ActivityLink(level: .region, activity: "99"))
        skeleton.sections[0].activities[1].implements.append(ActivityLink(level: .municipality, activity: "1.1"))
        workspace.schoolRoadmaps[CascadeFixture.sosh1] = skeleton
        let graph = LinkGraph(workspace)
        let part = try #require(graph.partIndex[.school(CascadeFixture.sosh1)].map { graph.parts[$0] })
        #expect(!part.isTarget && part.ids.isEmpty)
        #expect(graph.parts[try #require(graph.partIndex[.school(CascadeFixture.primorye)])].isTarget)
        let findings = LinkChecks.check(workspace, ScheduleIndex(workspace))
        #expect(findings == ReferenceLinkChecks.check(workspace))
        #expect(findings.contains { $0.code == .unknownLink && $0.file == "roadmaps/schools/maou-sosh-1-svetlogorsk.json" })
        #expect(findings.filter { $0.code == .linkCycle }.count == 5)
    }

    @Test func aCycleIsPlacedAtTheLastActivityWithTheFirstNodesID() throws {
        let workspace = try Self.tangledWorkspace()
        let sosh1 = LinkChecks.check(workspace, ScheduleIndex(workspace)).filter {
            $0.code == .linkCycle && $0.file == "roadmaps/schools/maou-sosh-1-svetlogorsk.json"
        }
        #expect(sosh1.map(\.location) == ["sections[0].activities[1].implements"])
    }
}

/// The link check as first written: dictionaries keyed by (owner, activity), starts sorted by
/// (owner description, activity). Kept here as the reference the numbered graph must match.
enum ReferenceLinkChecks {
    typealias Node = LinkChecks.Node

    static func check(_ workspace: Workspace) -> [Finding] {
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
                        guard let target = LinkChecks.resolve(link, from: owner, in: workspace) else {
                            findings.append(
                                Finding(
                                    .error, .unknownLink, file: file, location: "sections[\(s)].activities[\(a)].implements",
                                    ru: "пункт \(activity.label) ссылается на несуществующее мероприятие «\(link)»",
                                    en: "item \(activity.label) links to a missing activity \"\(link)\""))
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
