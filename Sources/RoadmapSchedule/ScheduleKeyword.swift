/// The words of deadline texts the parser knows, matched case-insensitively by stem.
enum ScheduleKeyword: Hashable, Sendable {
    /// «январь», «января» … «декабре».
    case month(Int)
    /// «весна» (3), «лето» (6), «осень» (9), «зима» (12): the first month of the season.
    case season(Int)
    /// «первое», «второе», «третий», «четвертый»; Roman numerals «I» … «IV».
    case ordinal(Int)
    /// «до», «к», «позднее».
    case before, by, later
    case inPrep, within, term, from, through, not, less, fewer
    /// «г», «гг», «год», «года», «годы» …
    case yearNoun
    /// «учебного», «учебный», «уч».
    case academic
    /// «отдельному» (графику / плану).
    case separate
    /// «четверть», «четверти»: a quarter of the school year (not «четвертый»).
    case termQuarter
    /// «триместр», «триместра»: a trimester of the school year.
    case trimester
    /// «ежечетвертно»: once in every quarter of the school year.
    case termly
    case annually, monthly, quarterly, weekly, permanently, further
    case times, one
    case monthNoun, quarterNoun, weekNoun, halfNoun
    case accordance, according, schedule, plan, measure, necessity, request, agreement, when
    case and, periodNoun, whole, endNoun, on
    /// «числа» (of a month: «до 5 числа»), «каждого», «дней».
    case dayNoun, each, daysNoun
    /// «ежедневно» (continuous), «итогам» («по итогам …»), «окончании» / «завершении».
    case daily, results, completion

    /// Words that start a date expression (they end a condition phrase).
    var startsDate: Bool {
        switch self {
        case .month, .season, .annually, .monthly, .quarterly, .weekly, .permanently, .further, .daily: true
        default: false
        }
    }
}

/// Word → keyword table, by stem. Lookup works on lowercased Unicode scalar values (ё folded to е).
enum ScheduleVocabulary {
    /// (stem, whole word only, keyword)
    private static let entries: [(String, Bool, ScheduleKeyword)] = [
        ("январ", false, .month(1)), ("феврал", false, .month(2)), ("март", false, .month(3)),
        ("апрел", false, .month(4)), ("май", true, .month(5)), ("мая", true, .month(5)), ("мае", true, .month(5)),
        ("маю", true, .month(5)), ("маем", true, .month(5)), ("июн", false, .month(6)), ("июл", false, .month(7)),
        ("август", false, .month(8)), ("сентябр", false, .month(9)), ("октябр", false, .month(10)),
        ("ноябр", false, .month(11)), ("декабр", false, .month(12)),
        ("весн", false, .season(3)), ("лето", true, .season(6)), ("летом", true, .season(6)),
        ("летн", false, .season(6)), ("осен", false, .season(9)), ("зим", false, .season(12)),
        ("перв", false, .ordinal(1)), ("втор", false, .ordinal(2)), ("трет", false, .ordinal(3)),
        ("четверт", false, .ordinal(4)), ("i", true, .ordinal(1)), ("ii", true, .ordinal(2)),
        ("iii", true, .ordinal(3)), ("iv", true, .ordinal(4)),
        ("до", true, .before), ("к", true, .by), ("позднее", true, .later), ("позже", true, .later),
        ("в", true, .inPrep), ("во", true, .inPrep), ("течени", false, .within), ("срок", false, .term),
        ("с", true, .from), ("со", true, .from), ("по", true, .through), ("не", true, .not),
        ("реже", true, .less), ("менее", true, .fewer), ("чаще", true, .fewer),
        ("г", true, .yearNoun), ("гг", true, .yearNoun), ("год", true, .yearNoun), ("года", true, .yearNoun),
        ("году", true, .yearNoun), ("годы", true, .yearNoun), ("годов", true, .yearNoun), ("годах", true, .yearNoun),
        ("учебн", false, .academic), ("уч", true, .academic),
        ("ежегодн", false, .annually), ("ежемесячн", false, .monthly), ("ежекварт", false, .quarterly),
        ("ежечетверт", false, .termly),
        ("еженедел", false, .weekly), ("постоянн", false, .permanently), ("регулярн", false, .permanently),
        ("далее", true, .further), ("затем", true, .further),
        ("раз", true, .times), ("раза", true, .times), ("один", true, .one), ("одного", true, .one),
        ("месяц", false, .monthNoun), ("квартал", false, .quarterNoun), ("недел", false, .weekNoun),
        ("полугод", false, .halfNoun), ("четверть", true, .termQuarter), ("четверти", true, .termQuarter),
        ("четвертей", true, .termQuarter), ("четвертям", true, .termQuarter), ("четвертям", true, .termQuarter),
        ("триместр", false, .trimester),
        ("соответстви", false, .accordance), ("согласно", true, .according), ("график", false, .schedule),
        ("план", false, .plan), ("отдельн", false, .separate), ("мере", true, .measure), ("необходим", false, .necessity),
        ("запрос", false, .request), ("согласован", false, .agreement), ("при", true, .when),
        ("и", true, .and), ("период", false, .periodNoun), ("всего", true, .whole), ("весь", true, .whole),
        ("конц", false, .endNoun), ("конец", true, .endNoun), ("на", true, .on),
        ("янв", true, .month(1)), ("фев", true, .month(2)), ("февр", true, .month(2)), ("мар", true, .month(3)),
        ("апр", true, .month(4)), ("авг", true, .month(8)), ("сен", true, .month(9)), ("сент", true, .month(9)),
        ("окт", true, .month(10)), ("ноя", true, .month(11)), ("нояб", true, .month(11)), ("дек", true, .month(12)),
        ("кв", true, .quarterNoun), ("ежедневн", false, .daily), ("итог", false, .results),
        ("окончани", false, .completion), ("завершени", false, .completion),
        ("числа", true, .dayNoun), ("число", true, .dayNoun), ("кажд", false, .each), ("дней", true, .daysNoun),
        ("день", true, .daysNoun), ("дня", true, .daysNoun),
    ]

    struct Entry {
        var stem: [UInt32]
        var whole: Bool
        var keyword: ScheduleKeyword
    }

    /// Entries bucketed by first letter: 0–31 for «а»…«я», 32–57 for «a»…«z»; longest stems first.
    private static let buckets: [[Entry]] = {
        var result = Array(repeating: [Entry](), count: 58)
        for (stem, whole, keyword) in entries {
            let scalars = stem.unicodeScalars.map(\.value)
            guard let bucket = bucket(scalars[0]) else { continue }
            result[bucket].append(Entry(stem: scalars, whole: whole, keyword: keyword))
        }
        for index in result.indices { result[index].sort { $0.stem.count > $1.stem.count } }
        return result
    }()

    @inline(__always)
    static func bucket(_ first: UInt32) -> Int? {
        if first >= 0x430 && first <= 0x44F { return Int(first - 0x430) }
        if first >= 0x61 && first <= 0x7A { return Int(first - 0x61) + 32 }
        return nil
    }

    /// The keyword a lowercased word denotes, if any.
    static func keyword(_ word: [UInt32]) -> ScheduleKeyword? {
        guard let first = word.first, let bucket = bucket(first) else { return nil }
        let entries = buckets[bucket]
        for e in entries.indices {
            let stemCount = entries[e].stem.count
            if entries[e].whole ? word.count != stemCount : word.count < stemCount { continue }
            // The first scalar chose the bucket; the rest of the stem must match.
            var k = 1
            while k < stemCount, word[k] == entries[e].stem[k] { k += 1 }
            if k == stemCount { return entries[e].keyword }
        }
        return nil
    }
}
