import Foundation

/// Показатель: an activity's indicator, understood from its Russian wording.
///
/// «100% от числа школ участниц» → share ≥ 100 % of schools; «Не менее 5 мероприятий» → count ≥ 5;
/// «50 чел.» → 50 persons; «не реже 1 раза в месяц» → at least once a month. Anything else is
/// `.text`: kept, shown, and reported as not evaluable.
package enum Indicator: Hashable, Sendable {
    /// A share of units that must complete the activity.
    case share(percent: Double, of: Population)
    /// At least a number of events, publications, associations …; `unit` is the counted noun as written.
    case count(atLeast: Int, unit: String)
    /// A number of people (участников, обучающихся).
    case persons(atLeast: Int)
    /// A frequency: at least `times` per `per`.
    case frequency(times: Int, per: FrequencyUnit)
    /// Not understood; the text is kept as written.
    case text(String)

    /// Whom a share counts.
    package enum Population: String, Hashable, Sendable, Codable {
        /// Participating schools (школы-участницы, ОО).
        case schools
        /// Municipalities (МОУО, муниципалитеты).
        case municipalities
        /// Municipalities and schools together («МОУО и ОО»).
        case municipalitiesAndSchools
        /// Teachers or other people (учителя, педагоги).
        case people
        /// Something else; evaluated as a share of schools if at all.
        case other
    }

    /// Calendar unit for frequencies.
    package enum FrequencyUnit: String, Hashable, Sendable, Codable {
        case week, month, quarter, halfYear, year
    }

    /// Understands an indicator text; never fails (the fallback is `.text`).
    package init(parsing raw: String) {
        let text = raw.lowercased().replacingOccurrences(of: "\u{a0}", with: " ")
        let numbers = Indicator.integers(in: text)
        if text.contains("раз") && (text.contains("не реже") || text.contains("не менее") || text.contains("раз в")),
            let unit = Indicator.frequencyUnit(in: text)
        {
            self = .frequency(times: numbers.first ?? 1, per: unit)
            return
        }
        if let percentIndex = text.firstIndex(of: "%") {
            let before = Indicator.integers(in: String(text[..<percentIndex]))
            if let percent = before.last {
                self = .share(percent: Double(percent), of: Indicator.population(in: text))
                return
            }
        }
        if let n = numbers.first, text.contains("чел") || text.contains("участник") || text.contains("обучающ") {
            self = .persons(atLeast: n)
            return
        }
        if let n = numbers.first, text.contains("не менее") || text.contains("не меньше") || text.contains("минимум") {
            let words = text.split(whereSeparator: { !$0.isLetter })
            let unit = words.last.map(String.init) ?? ""
            self = .count(atLeast: n, unit: unit)
            return
        }
        self = .text(raw)
    }

    /// Whether the indicator was understood.
    package var isStructured: Bool {
        if case .text = self { return false }
        return true
    }

    static func population(in text: String) -> Population {
        let municipal = text.contains("моуо") || text.contains("муниципал")
        let schools = text.contains("школ") || hasWordOO(text)
        if municipal && schools { return .municipalitiesAndSchools }
        if municipal { return .municipalities }
        if schools { return .schools }
        if text.contains("учител") || text.contains("педагог") || text.contains("чел") { return .people }
        return .other
    }

    /// Whether lower-cased `text` has «оо» (общеобразовательные организации) as a word of its own:
    /// not between two Cyrillic letters, as in «соотношение». What the pattern
    /// `(^|[^а-яё])оо([^а-яё]|$)` matches, without compiling a regular expression on every call
    /// (each regional item's indicator is read in every cascade and compliance run).
    static func hasWordOO(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        func isCyrillicLetter(_ c: Unicode.Scalar) -> Bool { ("а"..."я").contains(c) || c == "ё" }
        var i = 0
        while i + 1 < s.count {
            if s[i] == "о", s[i + 1] == "о", i == 0 || !isCyrillicLetter(s[i - 1]),
                i + 2 == s.count || !isCyrillicLetter(s[i + 2])
            {
                return true
            }
            i += 1
        }
        return false
    }

    static func frequencyUnit(in text: String) -> FrequencyUnit? {
        if text.contains("недел") { return .week }
        if text.contains("месяц") { return .month }
        if text.contains("квартал") { return .quarter }
        if text.contains("полугод") { return .halfYear }
        if text.contains("год") { return .year }
        return nil
    }

    static func integers(in text: String) -> [Int] {
        text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
    }
}
