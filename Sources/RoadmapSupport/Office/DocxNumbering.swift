/// Word's automatic numbering (word/numbering.xml) replayed as Word shows it: each list
/// definition (`w:abstractNum`) has levels with a start value, a number format and a level text
/// such as «%1.%2.»; each numbering instance (`w:num`) points to a definition and may restart a
/// level (`w:startOverride`). Counting goes paragraph by paragraph: a level counts up, the levels
/// below it start again.
struct DocxNumbering: Sendable {
    struct Level: Sendable {
        var start = 1
        var format = "decimal"
        var text = ""
        /// «Legal» numbering shows every level in decimal.
        var legal = false
    }

    private var levels: [String: [Int: Level]] = [:]
    private var abstractOfNum: [String: String] = [:]
    private var overrides: [String: [Int: Int]] = [:]
    /// Counters per list definition and level; nil until the level is first used.
    private var counters: [String: [Int: Int]] = [:]
    private var startedNums: Set<String> = []
    /// Paragraph style id → (numId, level) for styles that carry numbering.
    var styleNumbering: [String: (num: String, level: Int)] = [:]

    init() {}

    /// Reads word/numbering.xml.
    init(numbering bytes: [UInt8]) throws(XMLPullReader.Failure) {
        var reader = try XMLPullReader(bytes)
        var abstract: String?
        var level: Int?
        var current = Level()
        var num: String?
        var overrideLevel: Int?
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes):
                let val = XMLPullReader.value(attributes, "val")
                switch name.local {
                case "abstractNum": abstract = XMLPullReader.value(attributes, "abstractNumId")
                case "lvl":
                    level = XMLPullReader.value(attributes, "ilvl").flatMap { Int($0) }
                    current = Level()
                case "start" where level != nil: current.start = val.flatMap { Int($0) } ?? 1
                case "numFmt" where level != nil: current.format = val ?? "decimal"
                case "lvlText" where level != nil: current.text = val ?? ""
                case "isLgl" where level != nil: current.legal = val != "0" && val != "false"
                case "num": num = XMLPullReader.value(attributes, "numId")
                case "abstractNumId": if let num, let val { abstractOfNum[num] = val }
                case "lvlOverride": overrideLevel = XMLPullReader.value(attributes, "ilvl").flatMap { Int($0) }
                case "startOverride":
                    if let num, let overrideLevel, let start = val.flatMap({ Int($0) }) {
                        overrides[num, default: [:]][overrideLevel] = start
                    }
                default: break
                }
            case .end(let name):
                switch name.local {
                case "lvl":
                    if let abstract, let level, overrideLevel == nil { levels[abstract, default: [:]][level] = current }
                    level = nil
                case "abstractNum": abstract = nil
                case "num": num = nil
                case "lvlOverride": overrideLevel = nil
                default: break
                }
            case .text: break
            }
        }
    }

    /// The number Word shows for the next paragraph of list `num` at `level` («2.1.»), or nil
    /// when the list is unknown or the level shows no number (bullets, «none»).
    mutating func next(num: String, level: Int) -> String? {
        guard num != "0", let abstract = abstractOfNum[num], let definition = levels[abstract],
            let format = definition[level]
        else { return nil }
        // A numbering instance that restarts a level starts it again when first used.
        if !startedNums.contains(num) {
            startedNums.insert(num)
            for (overridden, start) in overrides[num] ?? [:] { counters[abstract, default: [:]][overridden] = start - 1 }
        }
        var counts = counters[abstract] ?? [:]
        counts[level] = (counts[level] ?? (format.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[abstract] = counts
        if format.format == "bullet" || format.format == "none" { return nil }
        var text = ""
        var characters = Substring(format.text)
        while let c = characters.first {
            characters = characters.dropFirst()
            if c == "%", let digit = characters.first?.wholeNumberValue, digit >= 1 {
                characters = characters.dropFirst()
                let shown = digit - 1
                let value = counts[shown] ?? definition[shown]?.start ?? 1
                let shownFormat = format.legal ? "decimal" : definition[shown]?.format ?? "decimal"
                text += Self.format(value, shownFormat)
            } else {
                text.append(c)
            }
        }
        return text.isEmpty ? nil : text
    }

    /// A counter in a Word number format.
    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": letters(value).lowercased()
        case "upperLetter": letters(value)
        case "lowerRoman": roman(value).lowercased()
        case "upperRoman": roman(value)
        case "decimalZero": value < 10 ? "0\(value)" : String(value)
        case "russianLower": russian(value)
        case "russianUpper": russian(value).uppercased()
        default: String(value)
        }
    }

    /// A, B, …, Z, AA, BB, … as Word repeats letters.
    static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    /// а, б, в, … (Word's «russianLower» skips ё, й, ъ, ы, ь).
    static func russian(_ value: Int) -> String {
        let alphabet = Array("абвгдежзиклмнопрстуфхцчшщэюя")
        guard value > 0 else { return String(value) }
        return String(repeating: alphabet[(value - 1) % alphabet.count], count: (value - 1) / alphabet.count + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
            (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var n = value
        var text = ""
        for (amount, symbol) in table {
            while n >= amount {
                text += symbol
                n -= amount
            }
        }
        return text
    }
}
