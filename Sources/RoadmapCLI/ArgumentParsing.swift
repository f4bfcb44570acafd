/// A hand-written argument parser: one pure function from `[String]` to `ParsedArguments`.

/// An option that takes a value (`--as-of 2023-06-30`, `--as-of=2023-06-30`) or a flag (`--strict`).
struct OptionSpec: Sendable {
    var name: String
    /// `nil` for a flag; otherwise the value's placeholder in help (`DATE`).
    var valueName: String?
    var help: String
    /// Whether the option may be given several times (`--school A --school B`).
    var repeatable: Bool

    init(_ name: String, value: String? = nil, repeatable: Bool = false, help: String) {
        self.name = name
        self.valueName = value
        self.help = help
        self.repeatable = repeatable
    }

    var isFlag: Bool { valueName == nil }
}

/// A positional argument, for help and arity checks.
struct PositionalSpec: Sendable {
    var name: String
    var help: String
    var optional: Bool

    init(_ name: String, optional: Bool = false, help: String) {
        self.name = name
        self.help = help
        self.optional = optional
    }
}

/// What a command accepts, and its help text.
struct CommandSpec: Sendable {
    /// The command's words after `roadmap` (`["units", "import"]`).
    var path: [String]
    var summary: String
    var discussion: String?
    var positionals: [PositionalSpec]
    var options: [OptionSpec]

    init(
        _ path: [String], summary: String, discussion: String? = nil, positionals: [PositionalSpec] = [],
        options: [OptionSpec] = []
    ) {
        self.path = path
        self.summary = summary
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
    }

    var name: String { path.joined(separator: " ") }

    /// The USAGE line.
    var usage: String {
        var parts = ["roadmap"] + path
        for p in positionals { parts.append(p.optional ? "[<\(p.name)>]" : "<\(p.name)>") }
        if !options.isEmpty { parts.append("[options]") }
        return parts.joined(separator: " ")
    }

    /// Help in the OVERVIEW / USAGE / ARGUMENTS / OPTIONS layout.
    var help: String {
        var lines = ["OVERVIEW: \(summary)", ""]
        if let discussion { lines += [discussion, ""] }
        lines += ["USAGE: \(usage)", ""]
        if !positionals.isEmpty {
            lines.append("ARGUMENTS:")
            for p in positionals { lines.append(Self.row("<\(p.name)>", p.help)) }
            lines.append("")
        }
        lines.append("OPTIONS:")
        for o in options {
            let left = o.isFlag ? o.name : "\(o.name) <\(o.valueName!)>"
            lines.append(Self.row(left, o.help + (o.repeatable ? " (repeatable)" : "")))
        }
        lines.append(Self.row("--lang <ru|en>", "Language of messages and reports (default: ru)"))
        lines.append(Self.row("-h, --help", "Show help information."))
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ left: String, _ right: String) -> String {
        let padded = left.count < 26 ? left + String(repeating: " ", count: 26 - left.count) : left + "  "
        return "  " + padded + right
    }
}

/// Parsed arguments of one command.
struct ParsedArguments: Sendable, Equatable {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    init(positionals: [String] = [], values: [String: [String]] = [:], flags: Set<String> = []) {
        self.positionals = positionals
        self.values = values
        self.flags = flags
    }

    /// The last value of an option.
    func value(_ name: String) -> String? { values[name]?.last }
    /// All values of a repeatable option.
    func all(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command line that does not fit the command: exit code 2.
struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    var message: String
    /// The command whose usage line to show, if known.
    var command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    var description: String { message }
}

enum ArgumentParser {
    /// Parses `arguments` (the words after the command path) against `spec`.
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        let byName = Dictionary(spec.options.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" || isNegativeNumber(arg) {
                result.positionals.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            var name = arg
            var inline: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let option = byName[name] else {
                var message = "unknown option '\(name)'"
                if let suggestion = suggest(name, among: spec.options.map(\.name)) {
                    message += "; did you mean '\(suggestion)'?"
                }
                throw UsageError(message, command: spec.name)
            }
            if option.isFlag {
                guard inline == nil else { throw UsageError("option '\(name)' takes no value", command: spec.name) }
                result.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard i < arguments.count else {
                    throw UsageError("option '\(name)' needs a value <\(option.valueName!)>", command: spec.name)
                }
                value = arguments[i]
                i += 1
            }
            if !option.repeatable, result.values[name] != nil {
                throw UsageError("option '\(name)' given more than once", command: spec.name)
            }
            result.values[name, default: []].append(value)
        }
        let required = spec.positionals.filter { !$0.optional }.count
        if result.positionals.count < required {
            let missing = spec.positionals[result.positionals.count]
            throw UsageError("missing argument <\(missing.name)>", command: spec.name)
        }
        if result.positionals.count > spec.positionals.count {
            throw UsageError(
                "unexpected argument '\(result.positionals[spec.positionals.count])'", command: spec.name)
        }
        return result
    }

    static func isNegativeNumber(_ s: String) -> Bool {
        s.count > 1 && s.hasPrefix("-") && s.dropFirst().allSatisfy(\.isNumber)
    }

    /// The closest candidate within edit distance 2, for "did you mean".
    static func suggest(_ word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= max(2, word.count / 3) }
        return scored.min(by: { $0.1 < $1.1 })?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
