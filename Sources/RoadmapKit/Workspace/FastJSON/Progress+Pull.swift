/// One-pass decoding of a progress file (the fast path; see `JSONParser+Pull`). Must build exactly
/// what `ProgressLog(json:)` builds; `PullDecodingTests` compares the two.
extension ProgressLog {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var owner: Owner?
        var records: [ProgressRecord] = []
        var seen: UInt32 = 0
        try p.readObject { (p, key) throws(JSONParser.SyntaxError) in
            if key.is("records") {
                try p.markOnce(&seen, 1)
                try p.readArray { (p) throws(JSONParser.SyntaxError) in records.append(try ProgressRecord(pulling: &p)) }
            } else if key.is("owner") {
                try p.markOnce(&seen, 2)
                owner = try Owner(pulling: &p)
            } else if key.is("schemaVersion") {
                try p.markOnce(&seen, 4)
                try p.checkSchemaVersion()
            } else {
                _ = try p.value(depth: 1)
            }
        }
        guard let owner else { throw p.error("missing owner") }
        self.init(owner: owner, records: records)
    }
}

extension ProgressRecord {
    /// Fields are read straight into the value, as in `Activity(pulling:)`.
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var r = ProgressRecord(activity: "", status: .notStarted)
        var seen: UInt32 = 0
        var required: UInt32 = 0
        try p.readObject { (p, key) throws(JSONParser.SyntaxError) in
            if key.is("activity") {
                try p.markOnce(&seen, 1)
                if let activity = try p.readOptionalString() {
                    r.activity = activity
                    required |= 1
                }
            } else if key.is("status") {
                try p.markOnce(&seen, 2)
                let word = try p.readWord()
                if word.is("done") {
                    r.status = .done
                } else if word.is("in-progress") {
                    r.status = .inProgress
                } else if word.is("not-started") {
                    r.status = .notStarted
                } else {
                    throw p.error("expected a status")
                }
                required |= 2
            } else if key.is("completedOn") {
                try p.markOnce(&seen, 4)
                r.completedOn = try p.readOptionalDate()
            } else if key.is("reportedOn") {
                try p.markOnce(&seen, 8)
                r.reportedOn = try p.readOptionalDate()
            } else if key.is("reportedBy") {
                try p.markOnce(&seen, 16)
                r.reportedBy = try p.readOptionalString()
            } else if key.is("evidence") {
                try p.markOnce(&seen, 32)
                r.evidence = try p.readStrings()
            } else if key.is("occurrence") {
                try p.markOnce(&seen, 64)
                r.occurrence = try p.readOptionalDate()
            } else if key.is("count") {
                try p.markOnce(&seen, 128)
                r.count = try p.readOptionalInt()
            } else if key.is("comment") {
                try p.markOnce(&seen, 256)
                r.comment = try p.readOptionalString()
            } else {
                _ = try p.value(depth: 3)
            }
        }
        guard required == 3 else { throw p.error("missing activity or status") }
        self = r
    }
}
