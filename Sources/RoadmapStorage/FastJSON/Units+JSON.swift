/// Hand-written JSON for the register of units (40,000 schools at stress size).
extension UnitRegister {
    init(json o: JSONObject) throws(JSONShapeError) {
        self.init(
            municipalities: try o.objects("municipalities") { (o) throws(JSONShapeError) in
                Municipality(
                    id: MunicipalityID(try o.string("id")), name: try o.string("name"), aliases: try o.strings("aliases"),
                    coordinator: try o.optionalString("coordinator"))
            },
            schools: try o.objects("schools") { (o) throws(JSONShapeError) in try School(json: o) })
    }

    func write(to w: inout JSONWriter) {
        w.key("municipalities")
        w.beginArray()
        for m in municipalities {
            w.item()
            w.beginObject()
            w.field("id", m.id.rawValue)
            w.field("name", m.name)
            w.field("aliases", m.aliases)
            w.field("coordinator", m.coordinator)
            w.endObject()
        }
        w.endArray()
        w.key("schools")
        w.beginArray()
        for s in schools {
            w.item()
            s.write(to: &w)
        }
        w.endArray()
    }
}

extension School {
    init(json o: JSONObject) throws(JSONShapeError) {
        let flags = try o.optionalNested("flags") { (o) throws(JSONShapeError) in
            ProgrammeFlags(
                lowResults: try o.optionalBool("lowResults") ?? false,
                difficultConditions: try o.optionalBool("difficultConditions") ?? false,
                participant500: try o.optionalBool("participant500") ?? true,
                years: try o.array("years") { (v) throws(JSONShapeError) -> Int in
                    guard case .number(let d) = v, d == d.rounded() else {
                        throw JSONShapeError(ru: "ожидается: год", en: "expected a year")
                    }
                    return Int(d)
                })
        }
        self.init(
            id: SchoolID(try o.string("id")), municipality: MunicipalityID(try o.string("municipality")), name: try o.string("name"),
            shortName: try o.optionalString("shortName"), code: try o.optionalString("code"), flags: flags ?? ProgrammeFlags(),
            riskDirections: try o.strings("riskDirections"), responsible: try o.optionalString("responsible"))
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id.rawValue)
        w.field("municipality", municipality.rawValue)
        w.field("name", name)
        w.field("shortName", shortName)
        w.field("code", code)
        w.key("flags")
        w.beginObject()
        w.field("lowResults", flags.lowResults)
        w.field("difficultConditions", flags.difficultConditions)
        w.field("participant500", flags.participant500)
        if !flags.years.isEmpty {
            w.key("years")
            w.beginArray()
            for y in flags.years {
                w.item()
                w.int(y)
            }
            w.endArray()
        }
        w.endObject()
        w.field("riskDirections", riskDirections)
        w.field("responsible", responsible)
        w.endObject()
    }
}
