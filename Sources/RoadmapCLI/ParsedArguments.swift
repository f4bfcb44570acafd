import RoadmapKit

/// The words of one command line sorted by the command's `CommandSpec`: the raw material a
/// command's typed `Options` are built from, never read by a command body.
struct ParsedArguments: Sendable, Equatable {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    /// The command these arguments are for (named in usage errors).
    var command: String?
    /// The option names the spec declares: reading any other name is a programming error.
    var declared: Set<String> = []

    init(
        positionals: [String] = [], values: [String: [String]] = [:], flags: Set<String> = [], command: String? = nil,
        declared: Set<String> = []
    ) {
        self.positionals = positionals
        self.values = values
        self.flags = flags
        self.command = command
        self.declared = declared
    }

    private func check(_ name: String) {
        precondition(declared.isEmpty || declared.contains(name), "option \(name) is not declared by \(command ?? "?")")
    }

    /// The last value of an option.
    func value(_ name: String) -> String? {
        check(name)
        return values[name]?.last
    }
    /// All values of a repeatable option.
    func all(_ name: String) -> [String] {
        check(name)
        return values[name] ?? []
    }
    /// Whether a flag was given.
    func flag(_ name: String) -> Bool {
        check(name)
        return flags.contains(name)
    }
    /// Whether an option or flag was given at all.
    func given(_ name: String) -> Bool {
        check(name)
        return values[name] != nil || flags.contains(name)
    }

    /// A usage error of this command.
    func error(ru: String, en: String) -> UsageError { UsageError(ru: ru, en: en, command: command) }

    /// A required option's value.
    func required(_ name: String, _ placeholder: String) throws(UsageError) -> String {
        guard let text = value(name) else {
            throw error(ru: "не указан параметр \(name) <\(placeholder)>", en: "missing option \(name) <\(placeholder)>")
        }
        return text
    }

    /// A date option as YYYY-MM-DD.
    func date(_ name: String) throws(UsageError) -> LocalDate? {
        guard let text = value(name) else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw error(
                ru: "\(name): ожидается существующая дата в виде ГГГГ-ММ-ДД, получено «\(text)»",
                en: "\(name) takes a date as YYYY-MM-DD that exists, found '\(text)'")
        }
        return date
    }

    /// A required date option.
    func requiredDate(_ name: String) throws(UsageError) -> LocalDate {
        guard let date = try date(name) else {
            throw error(ru: "не указан параметр \(name) <ГГГГ-ММ-ДД>", en: "missing option \(name) <YYYY-MM-DD>")
        }
        return date
    }

    /// A whole number within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw error(
                ru: "\(name): ожидается целое число от \(range.lowerBound) до \(range.upperBound), получено «\(text)»",
                en: "\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), found '\(text)'")
        }
        return value
    }

    /// One of an enum's words (`--format json`), or `fallback` when the option is absent.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, default fallback: Choice) throws(UsageError)
        -> Choice where Choice.RawValue == String
    {
        guard let text = value(name) else { return fallback }
        return try choice(name, text, among: Array(Choice.allCases))
    }

    /// One of `choices` for a given word.
    func choice<Choice: RawRepresentable>(_ name: String, _ text: String, among choices: [Choice]) throws(UsageError)
        -> Choice where Choice.RawValue == String
    {
        if let found = choices.first(where: { $0.rawValue == text }) { return found }
        let words = choices.map(\.rawValue)
        throw error(
            ru: "\(name): ожидается одно из: \(words.joined(separator: ", ")); получено «\(text)»",
            en: "\(name) takes \(words.joined(separator: ", ")), found '\(text)'"
        ).suggesting(text, among: words)
    }

    /// The single positional argument at `index` (its presence is checked by the parser).
    func positional(_ index: Int) -> String? { index < positionals.count ? positionals[index] : nil }
}
