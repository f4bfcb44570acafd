/// Russian plural agreement: «1 мероприятие», «2 мероприятия», «5 мероприятий», «21 школа».
///
/// Russian picks one of three forms by the last two digits of the number; English by whether it is 1.
/// Every message that prints a count goes through here, so agreement is decided in one place.
package enum RussianPlural: Sendable {
    /// The form for `count`: `one` for 1, 21, 101 …; `few` for 2–4, 22–24 …; `many` for 0, 5–20, 25–30 ….
    package static func form(_ count: Int, one: String, few: String, many: String) -> String {
        let magnitude = count.magnitude
        let lastTwo = magnitude % 100
        let last = magnitude % 10
        if (11...14).contains(lastTwo) { return many }
        switch last {
        case 1: return one
        case 2, 3, 4: return few
        default: return many
        }
    }

    /// Agreement with a list named without a numeral, in either language: one item takes the
    /// singular («исполнитель «ММС» не известен»), two or more the plural («исполнители «ММС»,
    /// «МБОУ СОШ № 1» не известны») — whatever the count's last digit, unlike `form`.
    public static func listed(_ count: Int, singular: String, plural: String) -> String {
        count == 1 ? singular : plural
    }
}

/// A counted noun in both languages: `CountedNoun(ru: ("мероприятие", "мероприятия", "мероприятий"),
/// en: ("activity", "activities")).text(5, .ru)` is «5 мероприятий».
package struct CountedNoun: Sendable, Hashable {
    /// Russian forms for one, few and many.
    package let one: String
    package let few: String
    package let many: String
    /// English singular and plural.
    package let singular: String
    package let plural: String

    package init(ru: (one: String, few: String, many: String), en: (singular: String, plural: String)) {
        one = ru.one
        few = ru.few
        many = ru.many
        singular = en.singular
        plural = en.plural
    }

    /// The noun alone, agreeing with `count`.
    package func word(_ count: Int, _ language: Language) -> String {
        switch language {
        case .ru: RussianPlural.form(count, one: one, few: few, many: many)
        case .en: count == 1 ? singular : plural
        }
    }

    /// The count and the noun: «3 школы», "3 schools".
    package func text(_ count: Int, _ language: Language) -> String {
        "\(count) \(word(count, language))"
    }
}
