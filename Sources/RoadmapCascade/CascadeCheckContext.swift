/// What the cascade checks share, built once per workspace: each municipality's roadmap resolved
/// with its schools' names known (one resolver per municipality, not one per school or per check),
/// what the schools owe, and the lower level's names of the parents' documents.
struct CascadeCheckContext: Sendable {
    /// A higher item schools owe, with the schools it is restricted to (`nil`: all of them).
    struct Owed: Sendable {
        var item: ResolvedActivity
        var link: ActivityLink
        var schools: Set<SchoolID>?

        init(_ item: ResolvedActivity) {
            self.item = item
            self.link = item.link
            self.schools = item.namedSchools
        }

        func covers(_ school: SchoolID) -> Bool { schools?.contains(school) ?? true }
    }

    /// A regional or municipal item as the parent of lower activities, with what the link checks
    /// compare prepared once (a class: a lookup per link costs one reference, not a copy).
    final class Parent: Sendable {
        let item: ResolvedActivity
        /// The item's final deadline when it lies in the item's own period (a deadline outside it is
        /// the item's own error, not its children's).
        let deadline: LocalDate?
        /// Each required document as the level below names it and as the item names it.
        let documents: [(lower: String, higher: String)]

        /// `lowerNames`: `CascadeRules.lowerDocumentName` of document names worked out before.
        init(_ item: ResolvedActivity, rules: CascadeRules, lowerNames: [String: String]) {
            self.item = item
            let deadline = item.schedule.finalDeadline
            self.deadline = deadline.flatMap { item.period.contains($0) ? $0 : nil }
            self.documents = item.activity.documents.map { (lowerNames[$0] ?? rules.lowerDocumentName($0), $0) }
        }
    }

    /// Items as parents by activity id, the first of duplicates (looked up once per link).
    struct Parents: Sendable {
        private var ids = IDTable()
        private var items: [Parent] = []

        /// The parent with activity id `id`, if any.
        subscript(id: String) -> Parent? { ids.number(of: id).map { items[Int($0)] } }

        /// Adds `item` unless an item with its id is there already.
        mutating func add(_ item: ResolvedActivity, rules: CascadeRules, lowerNames: [String: String]) {
            if ids.insert(item.activity.id).inserted { items.append(Parent(item, rules: rules, lowerNames: lowerNames)) }
        }
    }

    /// One municipality's roadmap as the checks see it.
    struct Municipal: Sendable {
        /// The roadmap's items in document order, resolved with the municipality's schools known.
        var items: [ResolvedActivity]
        /// The items as parents, by activity id (the first of duplicates).
        var byID: Parents
        /// Each item's link and the links it implements, in document order.
        var links: [(link: ActivityLink, implements: [ActivityLink])]
        /// Items the schools owe and that are not over before the school period starts.
        var owedBySchools: [Owed]
    }

    let engine: CascadeEngine
    /// Every municipality that has a roadmap.
    let municipal: [MunicipalityID: Municipal]
    /// Regional items the schools owe.
    let regionalOwedBySchools: [Owed]
    /// The regional items as parents, by activity id (the first of duplicates).
    let regionalByID: Parents
    /// The school roadmaps of schools in the register, by school id, with each school's
    /// municipality (sorted once; two checks walk them).
    let schoolRoadmaps: [(id: SchoolID, roadmap: Roadmap, municipality: MunicipalityID)]

    init(engine: CascadeEngine) {
        self.engine = engine
        let workspace = engine.workspace
        let ids = workspace.municipalRoadmaps.keys.sorted()
        let lowerNames = Self.lowerDocumentNames(workspace, rules: engine.rules)
        let built = ParallelMap.map(ids, state: { CascadeEngine.MunicipalMemo() }) { memo, id in
            CascadeCheckContext.municipal(id, engine: engine, lowerNames: lowerNames, memo: &memo)
        }
        municipal = Dictionary(uniqueKeysWithValues: zip(ids, built))
        regionalOwedBySchools = engine.regional.filter(\.owedBySchools).map(Owed.init)
        regionalByID = Self.parents(engine.regional, rules: engine.rules, lowerNames: lowerNames)
        schoolRoadmaps = Self.schoolRoadmaps(workspace)
    }

    /// The lower level's name (`CascadeRules.lowerDocumentName`) of every document the regional plan
    /// and the municipal roadmaps require, worked out once per distinct name: the municipalities of
    /// a region require the same few documents, and the name rules compare tokenised names.
    static func lowerDocumentNames(_ workspace: Workspace, rules: CascadeRules) -> [String: String] {
        var names: [String: String] = [:]
        for roadmap in [workspace.regionalPlan].compactMap({ $0 }) + workspace.municipalRoadmaps.values {
            for section in roadmap.sections {
                let activities = section.activities.span
                for a in activities.indices {
                    for document in activities[a].documents where names[document] == nil {
                        names[document] = rules.lowerDocumentName(document)
                    }
                }
            }
        }
        return names
    }

    /// Items as parents by activity id, the first of duplicates (as `CascadeEngine.regionalItem` finds them).
    static func parents(_ items: [ResolvedActivity], rules: CascadeRules, lowerNames: [String: String]) -> Parents {
        var result = Parents()
        for item in items { result.add(item, rules: rules, lowerNames: lowerNames) }
        return result
    }

    /// A municipality's items (`CascadeEngine.municipalItems`) as the checks see them.
    static func municipal(
        _ id: MunicipalityID, engine: CascadeEngine, lowerNames: [String: String], memo: inout CascadeEngine.MunicipalMemo
    ) -> Municipal {
        let items = engine.municipalItems(id, memo: &memo)
        let owed = items.filter { $0.owedBySchools && !engine.isOver($0) }.map(Owed.init)
        return Municipal(
            items: items, byID: parents(items, rules: engine.rules, lowerNames: lowerNames),
            links: items.map { ($0.link, $0.activity.implements) },
            owedBySchools: owed)
    }

    /// The school roadmaps of schools in the register, by school id, with each school's municipality.
    static func schoolRoadmaps(_ workspace: Workspace) -> [(id: SchoolID, roadmap: Roadmap, municipality: MunicipalityID)] {
        workspace.schoolRoadmaps.sorted(by: { $0.key < $1.key }).compactMap { id, roadmap in
            workspace.school(id).map { (id, roadmap, $0.municipality) }
        }
    }
}
