/// Hand-written JSON for roadmaps (see JSONValue for why). Field names and defaults are those of
/// the `Codable` conformance; a test checks the two agree.
extension Roadmap {
    init(json o: JSONObject) throws(JSONShapeError) {
        let owner = try o.nested("owner") { (o) throws(JSONShapeError) in try Owner(json: o) }
        let period = try o.parsed("period", expected: JSONForms.period) { Period(parsing: $0) }
        self.init(
            owner: owner, title: try o.optionalString("title") ?? "", period: period, issuer: try o.optionalString("issuer"),
            order: try Roadmap.order(in: o),
            source: try o.optionalString("source"),
            sections: try o.objects("sections") { (o) throws(JSONShapeError) in
                RoadmapSection(
                    title: try o.optionalString("title") ?? "",
                    activities: try o.objects("activities") { (o) throws(JSONShapeError) in try Activity(json: o) })
            },
            targets: try Roadmap.targets(in: o), tables: try Roadmap.tables(in: o),
            fragments: try o.strings("fragments"))
    }

    /// The optional `order` field of a roadmap object (shared by the tree and pull paths).
    static func order(in o: JSONObject) throws(JSONShapeError) -> OrderReference? {
        try o.optionalNested("order") { (o) throws(JSONShapeError) in
            OrderReference(
                number: try o.string("number"), date: try o.optionalParsed("date", expected: JSONForms.date) { LocalDate(iso: $0) })
        }
    }

    /// The optional `targets` field.
    static func targets(in o: JSONObject) throws(JSONShapeError) -> [TargetIndicator] {
        try o.objects("targets") { (o) throws(JSONShapeError) in try TargetIndicator(json: o) }
    }

    /// The optional `tables` field.
    static func tables(in o: JSONObject) throws(JSONShapeError) -> [DocumentTable] {
        try o.objects("tables") { (o) throws(JSONShapeError) in
            DocumentTable(
                title: try o.optionalString("title") ?? "", header: try o.strings("header"),
                rows: try o.array("rows") { (v) throws(JSONShapeError) -> [String] in
                    guard case .array(let cells) = v else {
                        throw JSONShapeError(ru: "ожидается: массив строк", en: "expected an array of strings")
                    }
                    return try cells.map { (c) throws(JSONShapeError) -> String in
                        guard case .string(let s) = c else { throw JSONShapeError(ru: "ожидается: строка", en: "expected a string") }
                        return s
                    }
                })
        }
    }

    func write(to w: inout JSONWriter) {
        w.key("owner")
        owner.write(to: &w)
        w.field("title", title)
        w.field("period", period.canonicalText)
        w.field("issuer", issuer)
        if let order {
            w.key("order")
            w.beginObject()
            w.field("number", order.number)
            w.field("date", order.date?.isoString)
            w.endObject()
        }
        w.field("source", source)
        w.key("sections")
        w.beginArray()
        // Elements are written where they stand, field by field through a pointer: a copy of an
        // `Activity` is a dozen retains (calling a method on an array element, or on a pointee,
        // copied each one).
        for s in sections.indices {
            w.item()
            w.beginObject()
            w.field("title", sections[s].title)
            w.key("activities")
            w.beginArray()
            sections[s].activities.withUnsafeBufferPointer { activities in
                for a in activities.indices {
                    w.item()
                    Activity.write(activities.baseAddress! + a, to: &w)
                }
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        if !targets.isEmpty {
            w.key("targets")
            w.beginArray()
            for t in targets {
                w.item()
                t.write(to: &w)
            }
            w.endArray()
        }
        if !tables.isEmpty {
            w.key("tables")
            w.beginArray()
            for t in tables {
                w.item()
                w.beginObject()
                w.field("title", t.title)
                w.field("header", t.header, omitEmpty: false)
                w.key("rows")
                w.beginArray()
                for row in t.rows {
                    w.item()
                    w.beginArray()
                    for cell in row {
                        w.item()
                        w.string(cell)
                    }
                    w.endArray()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        w.field("fragments", fragments)
    }
}

extension Owner {
    init(json o: JSONObject) throws(JSONShapeError) {
        let level = try o.parsed("level", expected: JSONForms.oneOf(Level.allCases.map(\.rawValue))) { Level(rawValue: $0) }
        switch level {
        case .region: self = .region
        case .municipality: self = .municipality(MunicipalityID(try o.string("id")))
        case .school: self = .school(SchoolID(try o.string("id")))
        }
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("level", level.rawValue)
        w.field("id", unitID)
        w.endObject()
    }
}

extension Activity {
    init(json o: JSONObject) throws(JSONShapeError) {
        self.init(
            id: try o.string("id"), number: try o.optionalString("number"), title: try o.string("title"),
            schedule: try o.optionalString("schedule") ?? "", executors: try o.optionalString("executors") ?? "",
            responsibleSchools: try o.strings("responsibleSchools").map { SchoolID($0) },
            indicator: try o.optionalString("indicator"), documents: try o.strings("documents"),
            implements: try o.links("implements"),
            origin: try o.optionalParsed("origin", expected: JSONForms.oneOf(["document", "skeleton", "added"])) {
                ActivityOrigin(rawValue: $0)
            } ?? .document,
            provenance: try Activity.provenance(in: o), extraColumns: try Activity.extraColumns(in: o))
    }

    /// The optional `provenance` field of an activity object (shared by the tree and pull paths).
    static func provenance(in o: JSONObject) throws(JSONShapeError) -> Provenance? {
        try o.optionalNested("provenance") { (o) throws(JSONShapeError) in try Provenance(json: o) }
    }

    /// The optional `extraColumns` field.
    static func extraColumns(in o: JSONObject) throws(JSONShapeError) -> [NamedText] {
        try o.objects("extraColumns") { (o) throws(JSONShapeError) in NamedText(name: try o.string("name"), text: try o.string("text")) }
    }

    func write(to w: inout JSONWriter) {
        withUnsafePointer(to: self) { Activity.write($0, to: &w) }
    }

    /// Writes the activity at `a`, reading each field where it stands.
    static func write(_ a: UnsafePointer<Activity>, to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", a.pointee.id)
        w.field("number", a.pointee.number)
        w.field("title", a.pointee.title)
        w.field("schedule", a.pointee.schedule)
        w.field("executors", a.pointee.executors)
        w.field("responsibleSchools", a.pointee.responsibleSchools)
        w.field("indicator", a.pointee.indicator)
        w.field("documents", a.pointee.documents)
        w.field("implements", a.pointee.implements)
        if a.pointee.origin != .document { w.field("origin", a.pointee.origin.rawValue) }
        // Read in its box, not copied out of it (a copy is five origins' retains).
        a.pointee.provenanceStorage?.write(to: &w)
        if !a.pointee.extraColumns.isEmpty {
            w.key("extraColumns")
            w.beginArray()
            for column in a.pointee.extraColumns {
                w.item()
                w.beginObject()
                w.field("name", column.name)
                w.field("text", column.text)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }
}

extension Provenance {
    static let fields = ["title", "schedule", "executors", "indicator", "documents"]

    init(json o: JSONObject) throws(JSONShapeError) {
        func origin(_ key: String) throws(JSONShapeError) -> ValueOrigin? {
            try o.optionalNested(key) { (o) throws(JSONShapeError) in try ValueOrigin(json: o) }
        }
        self.init(
            schedule: try origin("schedule"), documents: try origin("documents"), executors: try origin("executors"),
            indicator: try origin("indicator"), title: try origin("title"))
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        Provenance.write("title", title, to: &w)
        Provenance.write("schedule", schedule, to: &w)
        Provenance.write("executors", executors, to: &w)
        Provenance.write("indicator", indicator, to: &w)
        Provenance.write("documents", documents, to: &w)
        w.endObject()
    }

    private static func write(_ name: StaticString, _ origin: ValueOrigin?, to w: inout JSONWriter) {
        guard let origin else { return }
        w.key(name)
        origin.write(to: &w)
    }
}

extension ProvenanceBox {
    /// `"provenance": {…}` unless the provenance is empty.
    func write(to w: inout JSONWriter) {
        guard !value.isEmpty else { return }
        w.key("provenance")
        value.write(to: &w)
    }
}

extension ValueOrigin {
    init(json o: JSONObject) throws(JSONShapeError) {
        self.init(
            kind: try o.parsed("kind", expected: JSONForms.oneOf(["local", "inherited", "tightened"])) { Kind(rawValue: $0) },
            from: try o.links("from"),
            leadDays: try o.optionalInt("leadDays"), note: try o.optionalString("note"),
            value: try o.optionalString("value"))
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("kind", kind.rawValue)
        w.field("from", from)
        if let leadDays { w.field("leadDays", leadDays) }
        w.field("note", note)
        w.field("value", value)
        w.endObject()
    }
}

extension TargetIndicator {
    init(json o: JSONObject) throws(JSONShapeError) {
        func values(_ key: String) throws(JSONShapeError) -> [YearValue] {
            try o.objects(key) { (o) throws(JSONShapeError) in
                guard let year = try o.optionalInt("year") else {
                    throw JSONShapeError(ru: "нет обязательного поля «year»", en: "required field \"year\" is missing", at: "year")
                }
                guard let value = try o.optionalDouble("value") else {
                    throw JSONShapeError(ru: "нет обязательного поля «value»", en: "required field \"value\" is missing", at: "value")
                }
                return YearValue(year: year, value: value)
            }
        }
        self.init(
            name: try o.string("name"), unit: try o.optionalString("unit") ?? "",
            direction: try o.optionalParsed("direction", expected: JSONForms.oneOf(["atLeast", "atMost"])) { Direction(rawValue: $0) }
                ?? .atLeast,
            targets: try values("targets"), actuals: try values("actuals"))
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("name", name)
        w.field("unit", unit)
        w.field("direction", direction.rawValue)
        TargetIndicator.write("targets", targets, to: &w)
        if !actuals.isEmpty { TargetIndicator.write("actuals", actuals, to: &w) }
        w.endObject()
    }

    /// `"key": [{"year": …, "value": …}, …]`.
    private static func write(_ key: StaticString, _ list: [YearValue], to w: inout JSONWriter) {
        w.key(key)
        w.beginArray()
        for v in list {
            w.item()
            w.beginObject()
            w.field("year", v.year)
            w.key("value")
            w.number(v.value)
            w.endObject()
        }
        w.endArray()
    }
}
