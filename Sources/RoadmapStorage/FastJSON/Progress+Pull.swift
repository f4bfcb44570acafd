/// One-pass decoding of a progress file (the fast path; see `JSONParser+Pull`). Must build exactly
/// what `ProgressLog(json:)` builds; `PullDecodingTests` compares the two.
extension ProgressLog {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var owner: Owner?
        var records: [ProgressRecord] = []
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            if key.is("records") {
                try p.markOnce(&seen, 1)
                var items = try p.openArray()
                let blank = ProgressRecord(activity: "", status: .notStarted)
                while try p.nextElement(&items) {
                    records.append(blank)
                    try records.withUnsafeMutableBufferPointer { (slots) throws(JSONParser.SyntaxError) in
                        try slots[slots.count - 1].read(pulling: &p)
                    }
                }
            } else if key.is("owner") {
                try p.markOnce(&seen, 2)
                owner = try Owner(pulling: &p)
            } else if key.is("schemaVersion") {
                try p.markOnce(&seen, 4)
                try p.checkSchemaVersion()
            } else {
                try p.skipUnknown(key, depth: 1)
            }
        }
        guard let owner else { throw p.error(ru: "нет владельца", en: "missing owner") }
        self.init(owner: owner, records: records)
    }
}

extension ProgressRecord {
    /// Reads one record's fields into `self`, a blank record already in its log's array, keys told
    /// apart by length, as in `Activity.read(pulling:)`.
    mutating func read(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var seen: UInt32 = 0
        var required: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            switch key.bytes.count {
            case 8 where key.is("activity"):
                try p.markOnce(&seen, 1)
                if let activity = try p.readOptionalString() {
                    self.activity = activity
                    required |= 1
                }
            case 6 where key.is("status"):
                try p.markOnce(&seen, 2)
                let word = try p.readWord()
                if word.is("done") {
                    self.status = .done
                } else if word.is("in-progress") {
                    self.status = .inProgress
                } else if word.is("not-started") {
                    self.status = .notStarted
                } else if word.is("not-applicable") {
                    self.status = .notApplicable
                } else {
                    throw p.error(ru: "ожидается: статус", en: "expected a status")
                }
                required |= 2
            case 11 where key.is("completedOn"):
                try p.markOnce(&seen, 4)
                self.completedOn = try p.readOptionalDate()
            case 10 where key.is("reportedOn"):
                try p.markOnce(&seen, 8)
                self.reportedOn = try p.readOptionalDate()
            case 10 where key.is("reportedBy"):
                try p.markOnce(&seen, 16)
                self.reportedBy = try p.readOptionalString()
            case 8 where key.is("evidence"):
                try p.markOnce(&seen, 32)
                self.evidence = try p.readStrings()
            case 10 where key.is("occurrence"):
                try p.markOnce(&seen, 64)
                self.occurrence = try p.readOptionalDate()
            case 5 where key.is("count"):
                try p.markOnce(&seen, 128)
                self.count = try p.readOptionalInt()
            case 7 where key.is("comment"):
                try p.markOnce(&seen, 256)
                self.comment = try p.readOptionalString()
            default:
                try p.skipUnknown(key, depth: 3)
            }
        }
        guard required == 3 else { throw p.error(ru: "нет мероприятия или статуса", en: "missing activity or status") }
    }
}
