import RoadmapKit

/// An option that takes a value (`--as-of 2023-06-30`, `--as-of=2023-06-30`) or a flag (`--strict`).
/// Its help is in both languages: a declaration without the Russian text does not compile.
struct OptionSpec: Sendable {
    var name: String
    /// `nil` for a flag; otherwise the value's placeholder in help (`DATE`).
    var valueName: String?
    var help: LocalizedText
    /// Whether the option may be given several times (`--school A --school B`).
    var repeatable: Bool

    init(_ name: String, value: String? = nil, repeatable: Bool = false, ru: String, en: String) {
        self.name = name
        self.valueName = value
        self.help = LocalizedText(ru: ru, en: en)
        self.repeatable = repeatable
    }

    var isFlag: Bool { valueName == nil }
}

/// A positional argument, for help and arity checks.
struct PositionalSpec: Sendable {
    var name: String
    var help: LocalizedText
    var optional: Bool

    init(_ name: String, optional: Bool = false, ru: String, en: String) {
        self.name = name
        self.help = LocalizedText(ru: ru, en: en)
        self.optional = optional
    }
}
