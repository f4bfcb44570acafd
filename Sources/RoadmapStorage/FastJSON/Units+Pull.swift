/// One-pass decoding of the register of units (the fast path; see `JSONParser+Pull`): 3.4 MB at
/// 4,000 schools, read beside the roadmaps. Must build exactly what `UnitRegister(json:)` builds;
/// `PullDecodingTests` compares the two.
extension UnitRegister {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var municipalities: [Municipality] = []
        var schools: [School] = []
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            if key.is("schools") {
                try p.markOnce(&seen, 1)
                var items = try p.openArray()
                while try p.nextElement(&items) { schools.append(try School(pulling: &p)) }
            } else if key.is("municipalities") {
                try p.markOnce(&seen, 2)
                var items = try p.openArray()
                while try p.nextElement(&items) { municipalities.append(try Municipality(pulling: &p)) }
            } else if key.is("schemaVersion") {
                try p.markOnce(&seen, 4)
                try p.checkSchemaVersion()
            } else {
                try p.skipUnknown(key, depth: 1)
            }
        }
        self.init(municipalities: municipalities, schools: schools)
    }
}

extension Municipality {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var id: String?
        var name: String?
        var aliases: [String] = []
        var coordinator: String?
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            if key.is("id") {
                try p.markOnce(&seen, 1)
                id = try p.readString()
            } else if key.is("name") {
                try p.markOnce(&seen, 2)
                name = try p.readString()
            } else if key.is("aliases") {
                try p.markOnce(&seen, 4)
                aliases = try p.readStrings()
            } else if key.is("coordinator") {
                try p.markOnce(&seen, 8)
                coordinator = try p.readOptionalString()
            } else {
                try p.skipUnknown(key, depth: 3)
            }
        }
        guard let id, let name else { throw p.error(ru: "нет идентификатора или названия", en: "missing id or name") }
        self.init(id: MunicipalityID(id), name: name, aliases: aliases, coordinator: coordinator)
    }
}

extension School {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        var id: String?
        var municipality: String?
        var name: String?
        var shortName: String?
        var code: String?
        var flags = ProgrammeFlags()
        var riskDirections: [String] = []
        var responsible: String?
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            switch key.bytes.count {
            case 2 where key.is("id"):
                try p.markOnce(&seen, 1)
                id = try p.readString()
            case 12 where key.is("municipality"):
                try p.markOnce(&seen, 2)
                municipality = try p.readString()
            case 4 where key.is("name"):
                try p.markOnce(&seen, 4)
                name = try p.readString()
            case 9 where key.is("shortName"):
                try p.markOnce(&seen, 8)
                shortName = try p.readOptionalString()
            case 4 where key.is("code"):
                try p.markOnce(&seen, 16)
                code = try p.readOptionalString()
            case 5 where key.is("flags"):
                try p.markOnce(&seen, 32)
                if try !p.readNull() { flags = try ProgrammeFlags(pulling: &p) }
            case 14 where key.is("riskDirections"):
                try p.markOnce(&seen, 64)
                riskDirections = try p.readSharedStrings()
            case 11 where key.is("responsible"):
                try p.markOnce(&seen, 128)
                responsible = try p.readOptionalString()
            default:
                try p.skipUnknown(key, depth: 3)
            }
        }
        guard let id, let municipality, let name else {
            throw p.error(ru: "нет идентификатора, муниципалитета или названия", en: "missing id, municipality or name")
        }
        self.init(
            id: SchoolID(id), municipality: MunicipalityID(municipality), name: name, shortName: shortName, code: code,
            flags: flags, riskDirections: riskDirections, responsible: responsible)
    }
}

extension ProgrammeFlags {
    init(pulling p: inout JSONParser) throws(JSONParser.SyntaxError) {
        self.init()
        var seen: UInt32 = 0
        var fields = try p.openObject()
        while let key = try p.nextKey(&fields) {
            if key.is("lowResults") {
                try p.markOnce(&seen, 1)
                lowResults = try p.readOptionalBool() ?? false
            } else if key.is("difficultConditions") {
                try p.markOnce(&seen, 2)
                difficultConditions = try p.readOptionalBool() ?? false
            } else if key.is("participant500") {
                try p.markOnce(&seen, 4)
                participant500 = try p.readOptionalBool() ?? true
            } else if key.is("years") {
                try p.markOnce(&seen, 8)
                var items = try p.openArray()
                while try p.nextElement(&items) {
                    // The tree path takes any whole number here; `null` or a fraction goes to it.
                    guard let year = try p.readOptionalInt() else { throw p.error(ru: "ожидается: год", en: "expected a year") }
                    years.append(year)
                }
            } else {
                try p.skipUnknown(key, depth: 5)
            }
        }
    }
}

extension JSONParser {
    /// `true`, `false` or `null` (`nil`), as the tree path's `optionalBool` reads them.
    mutating func readOptionalBool() throws(SyntaxError) -> Bool? {
        guard i < buffer.count else { throw error(ru: "ожидается: true или false", en: "expected true or false") }
        switch buffer[i] {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        case UInt8(ascii: "n"):
            try literal("null")
            return nil
        default: throw error(ru: "ожидается: true или false", en: "expected true or false")
        }
    }
}
