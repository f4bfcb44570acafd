/// Hand-written JSON for progress logs.
extension ProgressLog {
    init(json o: JSONObject) throws(JSONShapeError) {
        self.init(
            owner: try o.nested("owner") { (o) throws(JSONShapeError) in try Owner(json: o) },
            records: try o.objects("records") { (o) throws(JSONShapeError) in try ProgressRecord(json: o) })
    }

    func write(to w: inout JSONWriter) {
        w.key("owner")
        owner.write(to: &w)
        w.key("records")
        w.beginArray()
        for record in records {
            w.item()
            record.write(to: &w)
        }
        w.endArray()
    }
}

extension ProgressRecord {
    init(json o: JSONObject) throws(JSONShapeError) {
        let date = { (key: String) throws(JSONShapeError) -> LocalDate? in
            try o.optionalParsed(key, expected: JSONForms.date) { LocalDate(iso: $0) }
        }
        self.init(
            activity: try o.string("activity"), occurrence: try date("occurrence"),
            status: try o.parsed("status", expected: JSONForms.oneOf(ProgressStatus.allCases.map(\.rawValue))) {
                ProgressStatus(rawValue: $0)
            },
            completedOn: try date("completedOn"), evidence: try o.strings("evidence"), count: try o.optionalInt("count"),
            comment: try o.optionalString("comment"), reportedBy: try o.optionalString("reportedBy"), reportedOn: try date("reportedOn"))
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("activity", activity)
        w.field("occurrence", occurrence?.isoString)
        w.field("status", status.rawValue)
        w.field("completedOn", completedOn?.isoString)
        w.field("evidence", evidence)
        if let count { w.field("count", count) }
        w.field("comment", comment)
        w.field("reportedBy", reportedBy)
        w.field("reportedOn", reportedOn?.isoString)
        w.endObject()
    }
}
