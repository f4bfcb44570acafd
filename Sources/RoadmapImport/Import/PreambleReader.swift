import Foundation

/// Reads the facts of a document's preamble: who issued it, the order's number and date, the
/// period, the title, and the schools and persons it names.
struct PreambleReader {
    var issuer: String?
    var order: OrderReference?
    var period: Period?
    var title: String?
    var facts: [ImportFact] = []

    /// `preamble`: the lines before the table part; `document`: all lines (to recase an all-caps
    /// issuer and to find named schools and persons anywhere).
    static func read(preamble: ArraySlice<SourceLine>, document: [SourceLine]) -> PreambleReader {
        var reader = PreambleReader()
        let paragraphs = Self.paragraphs(preamble)
        reader.readIssuer(paragraphs, document: document)
        reader.readOrder(Array(preamble))
        reader.readPeriod(Array(preamble))
        let lineTexts = Dictionary(uniqueKeysWithValues: preamble.map { ($0.number, ImportText.clean($0.raw)) })
        reader.readTitle(paragraphs, lineTexts: lineTexts)
        reader.readNames(document, preambleEnd: preamble.last?.number ?? 0)
        return reader
    }

    /// Runs of consecutive non-blank prose lines; a paragraph starting lowercase joins the one before.
    static func paragraphs(_ lines: ArraySlice<SourceLine>) -> [(lines: [Int], text: String)] {
        var result: [(lines: [Int], text: String)] = []
        var current: (lines: [Int], text: String)?
        for line in lines {
            let text = ImportText.clean(line.raw)
            if text.isEmpty {
                if let c = current { result.append(c) }
                current = nil
                continue
            }
            if current != nil {
                current!.lines.append(line.number)
                current!.text = ImportText.join(current!.text, text)
            } else if let last = result.last, ImportText.startsLowercase(text), last.lines.last.map({ line.number - $0 <= 2 }) == true {
                result.removeLast()
                current = (last.lines + [line.number], ImportText.join(last.text, text))
            } else {
                current = ([line.number], text)
            }
        }
        if let c = current { result.append(c) }
        return result
    }

    // MARK: Issuer

    static let issuerStarts = ["министерство", "администрация", "управление", "отдел", "комитет", "департамент"]

    mutating func readIssuer(_ paragraphs: [(lines: [Int], text: String)], document: [SourceLine]) {
        for paragraph in paragraphs.prefix(8) {
            let lower = paragraph.text.lowercased()
            guard let start = Self.issuerStarts.compactMap({ lower.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
                lower.distance(from: lower.startIndex, to: start.lowerBound) < 80, paragraph.text.count < 240
            else { continue }
            let offset = lower.distance(from: lower.startIndex, to: start.lowerBound)
            var text = String(paragraph.text.dropFirst(offset))
            if Self.isAllCaps(text) { text = Self.recase(text, document: document, skipping: Set(paragraph.lines)) }
            issuer = text
            facts.append(ImportFact(kind: "issuer", text: text, line: paragraph.lines[0]))
            return
        }
    }

    static func isAllCaps(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count > 3 && letters.allSatisfy(\.isUppercase)
    }

    /// «МИНИСТЕРСТВО ОБРАЗОВАНИЯ КАЛИНИНГРАДСКОЙ ОБЛАСТИ» → «Министерство образования
    /// Калининградской области»: a word is capitalised when the rest of the document writes it
    /// capitalised more often than in lowercase.
    static func recase(_ text: String, document: [SourceLine], skipping: Set<Int>) -> String {
        var capitalised: [String: Int] = [:]
        var lowercase: [String: Int] = [:]
        for line in document where !skipping.contains(line.number) {
            for word in line.raw.split(whereSeparator: { !$0.isLetter }) {
                guard let first = word.first, word.count > 1 else { continue }
                let rest = word.dropFirst()
                if first.isUppercase, rest.allSatisfy(\.isLowercase) {
                    capitalised[word.lowercased(), default: 0] += 1
                } else if word.allSatisfy(\.isLowercase) {
                    lowercase[String(word), default: 0] += 1
                }
            }
        }
        var result = ""
        var isFirstWord = true
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            if isFirstWord || capitalised[lower, default: 0] > lowercase[lower, default: 0] || word.count <= 2 && word != "И" && word != "В"
            {
                result += lower.prefix(1).uppercased() + lower.dropFirst()
            } else {
                result += lower
            }
            isFirstWord = false
            word = ""
        }
        for c in text {
            if c.isLetter {
                word.append(c)
            } else {
                flush()
                result.append(c)
            }
        }
        flush()
        return result
    }

    // MARK: Order

    mutating func readOrder(_ lines: [SourceLine]) {
        for (index, line) in lines.enumerated() {
            let text = ImportText.clean(line.raw)
            guard let sign = text.firstIndex(of: "№"), text.count < 120 else { continue }
            let after = text[text.index(after: sign)...].drop(while: { $0 == " " })
            let number = String(after.prefix(while: { !$0.isWhitespace && $0 != "," }))
            guard !number.isEmpty, number.first?.isNumber == true else { continue }
            var date: LocalDate?
            var dateLine = line.number
            // The date is on the same line or within a few lines before or after.
            let window = [index] + (1...4).flatMap { [index - $0, index + $0] }
            for i in window where lines.indices.contains(i) {
                if let found = RussianDateText.firstDate(in: ImportText.clean(lines[i].raw)) {
                    date = found
                    dateLine = lines[i].number
                    break
                }
            }
            order = OrderReference(number: number, date: date)
            facts.append(ImportFact(kind: "orderNumber", text: number, line: line.number))
            if let date { facts.append(ImportFact(kind: "orderDate", text: date.russianString, line: dateLine)) }
            return
        }
    }

    // MARK: Period

    /// The first period phrase of the preamble: «на 2022 – 2024 годы», «на 2022-2025 гг.»,
    /// «2021-2022 учебный год», «в 2023 году».
    mutating func readPeriod(_ lines: [SourceLine]) {
        for line in lines {
            let text = ImportText.clean(line.raw)
            if let found = Self.period(in: text) {
                period = found.period
                facts.append(ImportFact(kind: "period", text: found.text, line: line.number))
                return
            }
        }
    }

    /// Period phrases and what they mean; the earliest match in a line wins.
    static let periodPatterns: [(pattern: String, kind: Int)] = [
        (#"(19|20)\d\d\s*[-–—]\s*(19|20)\d\d\s*(учебн(ый|ого|ом)\s+год[ау]?)"#, 0),
        (#"(19|20)\d\d\s*[-–—]\s*(19|20)\d\d\s*(годы|годов|гг\.?)"#, 1),
        (#"(в|на)\s+(19|20)\d\d\s+(году|год)"#, 2),
    ]

    static func period(in text: String) -> (period: Period, text: String)? {
        var best: (range: Range<String.Index>, period: Period)?
        for (pattern, kind) in periodPatterns {
            guard let regex = compiled[pattern],
                let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let range = Range(match.range, in: text)
            else { continue }
            let years = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            let period: Period?
            switch kind {
            case 0: period = years.count == 2 && years[1] == years[0] + 1 ? .academicYear(startYear: years[0]) : nil
            case 1: period = years.count == 2 && years[1] >= years[0] ? .multiYear(from: years[0], through: years[1]) : nil
            default: period = years.first.map { .calendarYear($0) }
            }
            guard let period else { continue }
            if best == nil || range.lowerBound < best!.range.lowerBound { best = (range, period) }
        }
        guard let best else { return nil }
        return (best.period, String(text[best.range]))
    }

    // MARK: Title

    /// The last preamble paragraph that starts «План …» or «Дорожная карта …»; else the subject of
    /// «Об утверждении …».
    mutating func readTitle(_ paragraphs: [(lines: [Int], text: String)], lineTexts: [Int: String]) {
        func stripped(_ text: String) -> String {
            text.trimmingCharacters(in: CharacterSet(charactersIn: "*«»\"' "))
        }
        func isTitle(_ text: String) -> Bool {
            let lower = stripped(text).lowercased()
            return lower.hasPrefix("план") || lower.hasPrefix("дорожная карта")
        }
        // A paragraph may start with a stamp («УТВЕРЖДАЮ»): the title runs from its first title-like line.
        var candidates: [(line: Int, text: String)] = []
        for paragraph in paragraphs {
            if isTitle(paragraph.text) {
                candidates.append((paragraph.lines[0], paragraph.text))
            } else if let index = paragraph.lines.firstIndex(where: { n in lineTexts[n].map(isTitle) ?? false }) {
                let text = paragraph.lines[index...].compactMap { lineTexts[$0] }.reduce("") { ImportText.join($0, $1) }
                candidates.append((paragraph.lines[index], text))
            }
        }
        if let chosen = candidates.last {
            title = stripped(chosen.text)
            facts.append(ImportFact(kind: "title", text: title!, line: chosen.line))
            return
        }
        if let approval = paragraphs.first(where: { $0.text.lowercased().hasPrefix("об утверждении") }) {
            var text = String(approval.text.dropFirst("об утверждении".count)).trimmingCharacters(in: .whitespaces)
            text = text.prefix(1).uppercased() + text.dropFirst()
            title = text
            facts.append(ImportFact(kind: "title", text: text, line: approval.lines[0]))
        }
    }

    // MARK: Schools and persons

    static let schoolPattern =
        #"(?:М[АБК]?ОУ|ГБОУ|ГАОУ|ГКОУ|ЧОУ|МОБУ|МАОУ)\s+(?:«[^»]{2,60}»|(?:СОШ|ООШ|НОШ|СШ|ОШ|[Гг]имназия|[Лл]ицей)\s*№\s*\d+)"#
    static let personPatterns = [
        #"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"#,
        #"\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\."#,
    ]

    /// Schools named anywhere in the document; persons named in the preamble (the order's text).
    mutating func readNames(_ document: [SourceLine], preambleEnd: Int) {
        var schools: Set<String> = []
        var persons: Set<String> = []
        for line in document {
            // Every school abbreviation ends in «ОУ» (МАОУ, МБОУ, ГБОУ …): a cheap test before the pattern.
            let hasSchool = line.raw.contains("ОУ")
            guard hasSchool || line.number <= preambleEnd else { continue }
            let text = ImportText.clean(line.raw)
            for match in Self.matches(Self.schoolPattern, in: text) where schools.insert(match).inserted {
                facts.append(ImportFact(kind: "school", text: match, line: line.number))
            }
            guard line.number <= preambleEnd else { continue }
            for pattern in Self.personPatterns {
                for match in Self.matches(pattern, in: text) where persons.insert(match).inserted {
                    facts.append(ImportFact(kind: "person", text: match, line: line.number))
                }
            }
        }
    }

    /// Compiled patterns (compiling is the expensive part of a regular expression).
    static let compiled: [String: NSRegularExpression] = {
        var result: [String: NSRegularExpression] = [:]
        for pattern in [schoolPattern] + personPatterns { result[pattern] = try? NSRegularExpression(pattern: pattern) }
        for (pattern, _) in periodPatterns {
            result[pattern] = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        }
        return result
    }()

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = compiled[pattern] ?? (try? NSRegularExpression(pattern: pattern)) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
