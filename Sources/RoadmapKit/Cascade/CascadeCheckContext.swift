/// What the cascade checks share, built once per workspace: each municipality's roadmap resolved
/// with its schools' names known (one resolver per municipality, not one per school or per check),
/// what the schools owe, and the lower level's names of the parents' documents.
struct CascadeCheckContext: Sendable {
    /// A higher item schools owe, with the schools it is restricted to (`nil`: all of them).
    struct Owed: Sendable {
        var item: ResolvedActivity
        var schools: Set<SchoolID>?

        init(_ item: ResolvedActivity) {
            self.item = item
            self.schools = item.namedSchools
        }

        func covers(_ school: SchoolID) -> Bool { schools?.contains(school) ?? true }
    }

    /// One municipality's roadmap as the checks see it.
    struct Municipal: Sendable {
        /// The roadmap's items in document order, resolved with the municipality's schools known.
        var items: [ResolvedActivity]
        /// The items by activity id (the first of duplicates).
        var byID: [String: ResolvedActivity]
        /// Items the schools owe and that are not over before the school period starts.
        var owedBySchools: [Owed]
    }

    let engine: CascadeEngine
    /// Every municipality that has a roadmap.
    let municipal: [MunicipalityID: Municipal]
    /// Regional items the schools owe.
    let regionalOwedBySchools: [Owed]
    /// A parent's document name → the name the level below uses (`CascadeRules.lowerDocumentName`).
    let renamed: [String: String]

    init(engine: CascadeEngine) {
        self.engine = engine
        let workspace = engine.workspace
        let ids = workspace.municipalRoadmaps.keys.sorted()
        let built = ParallelMap.map(ids) { id in CascadeCheckContext.municipal(id, engine: engine) }
        municipal = Dictionary(uniqueKeysWithValues: zip(ids, built))
        regionalOwedBySchools = engine.regional.filter(\.owedBySchools).map(Owed.init)
        var renamed: [String: String] = [:]
        for item in engine.regional + built.flatMap(\.items) {
            for name in item.activity.documents where renamed[name] == nil {
                renamed[name] = engine.rules.lowerDocumentName(name)
            }
        }
        self.renamed = renamed
    }

    /// A municipality's items, resolved as `CascadeEngine.municipalItems` does.
    static func municipal(_ id: MunicipalityID, engine: CascadeEngine) -> Municipal {
        let workspace = engine.workspace
        guard let roadmap = workspace.municipalRoadmaps[id] else { return Municipal(items: [], byID: [:], owedBySchools: []) }
        let resolver = engine.resolver.adding(schools: workspace.schools(in: id))
        let items = ResolvedActivity.resolveAll(roadmap, level: .municipality, resolver: resolver, cache: engine.cache)
        var byID: [String: ResolvedActivity] = [:]
        for item in items where byID[item.activity.id] == nil { byID[item.activity.id] = item }
        let owed = items.filter { $0.owedBySchools && !engine.isOver($0) }.map(Owed.init)
        return Municipal(items: items, byID: byID, owedBySchools: owed)
    }

    /// The school roadmaps of schools in the register, by school id, with each school's municipality.
    var schoolRoadmaps: [(id: SchoolID, roadmap: Roadmap, municipality: MunicipalityID)] {
        let workspace = engine.workspace
        return workspace.schoolRoadmaps.sorted(by: { $0.key < $1.key }).compactMap { id, roadmap in
            workspace.school(id).map { (id, roadmap, $0.municipality) }
        }
    }
}
