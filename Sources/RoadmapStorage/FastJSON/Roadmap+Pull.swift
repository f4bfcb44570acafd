/// One-pass decoding of a roadmap file (the fast path; see `JSONParser+Pull`). Must build exactly
/// what `Roadmap(json:)` builds; `PullDecodingTests` compares the two on every fixture. Rare parts
/// (order, targets, tables, provenance, extra columns) go through the tree initialisers.
extension Roadmap {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var owner: Owner?
        var title: String?
        var period: Period?
        var issuer: String?
        var order: OrderReference?
        var source: String?
        var sections: [RoadmapSection] = []
        var targets: [TargetIndicator] = []
        var tables: [DocumentTable] = []
        var fragments: [String] = []
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            if key.is("sections") {
                try p.markOnce(&seen, 1)
                var items = try p.openArray()
                while try p.nextElement(&items) { sections.append(try RoadmapSection(pulling: &p)) }
            } else if key.is("owner") {
                try p.markOnce(&seen, 2)
                owner = try Owner(pulling: &p)
            } else if key.is("title") {
                try p.markOnce(&seen, 4)
                title = try p.readOptionalString()
            } else if key.is("period") {
                try p.markOnce(&seen, 8)
                period = try p.readPeriod()
            } else if key.is("issuer") {
                try p.markOnce(&seen, 16)
                issuer = try p.readOptionalString()
            } else if key.is("source") {
                try p.markOnce(&seen, 32)
                source = try p.readOptionalString()
            } else if key.is("fragments") {
                try p.markOnce(&seen, 64)
                fragments = try p.readStrings()
            } else if key.is("schemaVersion") {
                try p.markOnce(&seen, 128)
                try p.checkSchemaVersion()
            } else if key.is("order") {
                try p.markOnce(&seen, 256)
                order = try p.viaTree("order", Roadmap.order(in:))
            } else if key.is("targets") {
                try p.markOnce(&seen, 512)
                targets = try p.viaTree("targets", Roadmap.targets(in:))
            } else if key.is("tables") {
                try p.markOnce(&seen, 1024)
                tables = try p.viaTree("tables", Roadmap.tables(in:))
            } else {
                try p.skipUnknown(key, depth: 1)
            }
        }
        guard let owner, let period else { throw p.error(ru: "нет владельца или периода", en: "missing owner or period") }
        self.init(
            owner: owner, title: title ?? "", period: period, issuer: issuer, order: order, source: source, sections: sections,
            targets: targets, tables: tables, fragments: fragments)
    }
}

extension RoadmapSection {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var title: String?
        var activities: [Activity] = []
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            if key.is("activities") {
                try p.markOnce(&seen, 1)
                var items = try p.openArray()
                // One blank, copied for each activity (making it anew cost a copy and a destruction).
                let blank = Activity(id: "", title: "")
                while try p.nextElement(&items) {
                    activities.append(blank)
                    try activities.withUnsafeMutableBufferPointer { (slots) throws(JSONParser.SyntaxError) in
                        try slots[slots.count - 1].read(pulling: &p)
                    }
                }
            } else if key.is("title") {
                try p.markOnce(&seen, 2)
                title = try p.readOptionalString()
            } else {
                try p.skipUnknown(key, depth: 3)
            }
        }
        self.init(title: title ?? "", activities: activities)
    }
}

extension Owner {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var level: Level?
        var id: String?
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            if key.is("level") {
                try p.markOnce(&seen, 1)
                let word = try p.readWord()
                if word.is("school") {
                    level = .school
                } else if word.is("municipality") {
                    level = .municipality
                } else if word.is("region") {
                    level = .region
                } else {
                    throw p.error(ru: "ожидается: уровень", en: "expected a level")
                }
            } else if key.is("id") {
                try p.markOnce(&seen, 2)
                id = try p.readOptionalString()
            } else {
                try p.skipUnknown(key, depth: 2)
            }
        }
        switch level {
        case .region?: self = .region
        case .municipality?:
            guard let id else { throw p.error(ru: "нет идентификатора", en: "missing id") }
            self = .municipality(MunicipalityID(id))
        case .school?:
            guard let id else { throw p.error(ru: "нет идентификатора", en: "missing id") }
            self = .school(SchoolID(id))
        case nil: throw p.error(ru: "нет уровня", en: "missing level")
        }
    }
}

extension Activity {
    /// Reads one activity's fields into `self`, a blank `Activity(id: "", title: "")` already in
    /// its section's array: a finished activity returned from a function or appended from a local
    /// was copied and the original destroyed (a dozen retains and releases each; this compiler does
    /// not turn that into a move), and so was one built in a closure's captured variable. Keys are
    /// told apart by their length first (a jump), then compared as constants.
    mutating func read(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var seen: UInt32 = 0
        var required: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            switch key.bytes.count {
            case 2 where key.is("id"):
                try p.markOnce(&seen, 1)
                if let id = try p.readOptionalString() {
                    self.id = id
                    required |= 1
                }
            case 6 where key.is("number"):
                try p.markOnce(&seen, 2)
                self.number = try p.readOptionalString()
            case 5 where key.is("title"):
                try p.markOnce(&seen, 4)
                if let title = try p.readOptionalString() {
                    self.title = title
                    required |= 2
                }
            case 8 where key.is("schedule"):
                try p.markOnce(&seen, 8)
                self.schedule = try p.readOptionalString() ?? ""
            case 9 where key.is("executors"):
                try p.markOnce(&seen, 16)
                self.executors = try p.readOptionalString() ?? ""
            case 9 where key.is("indicator"):
                try p.markOnce(&seen, 32)
                self.indicator = try p.readOptionalString()
            case 9 where key.is("documents"):
                try p.markOnce(&seen, 64)
                self.documents = try p.readSharedStrings()
            case 10 where key.is("implements"):
                try p.markOnce(&seen, 128)
                self.implements = try p.readSharedLinks()
            case 6 where key.is("origin"):
                try p.markOnce(&seen, 256)
                if try !p.readNull() {
                    let word = try p.readWord()
                    if word.is("skeleton") {
                        self.origin = .skeleton
                    } else if word.is("added") {
                        self.origin = .added
                    } else if word.is("document") {
                        self.origin = .document
                    } else {
                        throw p.error(ru: "ожидается: происхождение", en: "expected an origin")
                    }
                }
            case 18 where key.is("responsibleSchools"):
                try p.markOnce(&seen, 512)
                self.responsibleSchools = try p.readStrings().map { SchoolID($0) }
            case 10 where key.is("provenance"):
                try p.markOnce(&seen, 1024)
                self.provenance = try p.viaTree("provenance", Activity.provenance(in:))
            case 12 where key.is("extraColumns"):
                try p.markOnce(&seen, 2048)
                self.extraColumns = try p.viaTree("extraColumns", Activity.extraColumns(in:))
            default:
                try p.skipUnknown(key, depth: 5)
            }
        }
        guard required == 3 else { throw p.error(ru: "нет идентификатора или названия", en: "missing id or title") }
    }
}

extension JSONParser {
    /// An array of links (`"region:5"`; `null` = empty).
    mutating func readLinks() throws(SyntaxError) -> [ActivityLink] {
        var result: [ActivityLink] = []
        var items = try openArray()
        while try nextElement(&items) { result.append(try readLink()) }
        return result
    }

    /// An array of links that other files likely repeat (`["region:5"]`), shared like `readSharedStrings()`.
    mutating func readSharedLinks() throws(SyntaxError) -> [ActivityLink] {
        guard interner != nil, let (end, hash) = plainStringArray() else { return try readLinks() }
        let text = UnsafeBufferPointer(rebasing: buffer[i..<end])
        if let known = interner.unsafelyUnwrapped.links(forArrayText: text, hash: hash) {
            i = end
            return known
        }
        let value = try readLinks()
        interner.unsafelyUnwrapped.remember(links: value, forArrayText: text, hash: hash)
        return value
    }

    /// A link read from its bytes: `level:activity`, as `ActivityLink(parsing:)` reads it. Anything
    /// but a plain level word, a colon and ASCII after it goes to the tree path.
    mutating func readLink() throws(SyntaxError) -> ActivityLink {
        let word = try readWord()
        let bytes = word.bytes
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 1 < bytes.count,
            bytes[(colon + 1)...].allSatisfy({ $0 < 0x80 })
        else { throw error(ru: "ожидается: ссылка", en: "expected a link") }
        let level: Level
        switch Key(bytes: UnsafeBufferPointer(rebasing: bytes[..<colon])) {
        case let k where k.is("region"): level = .region
        case let k where k.is("municipality"): level = .municipality
        case let k where k.is("school"): level = .school
        default: throw error(ru: "ожидается: ссылка", en: "expected a link")
        }
        return ActivityLink(level: level, activity: String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)...]), as: UTF8.self))
    }

    /// Reads the value of field `key` as a tree and decodes it with the tree path's reader of that
    /// field (`read` gets a one-field object). A shape error throws, so the tree path reports it.
    mutating func viaTree<T>(_ key: String, _ read: (JSONObject) throws(JSONShapeError) -> T) throws(SyntaxError) -> T {
        let start = i
        let value = try self.value(depth: 8)
        do {
            return try read(JSONObject(keys: [key], values: [value]))
        } catch {
            i = start
            throw self.error(ru: "у поля \(key) неверная форма", en: "field \(key) has the wrong shape")
        }
    }
}
