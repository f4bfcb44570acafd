import RoadmapKit

/// A hand-written argument parser: one pure function from `[String]` to `ParsedArguments`.
enum ArgumentParser {
    /// Parses `arguments` (the words after the command path) against `spec`.
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments(command: spec.name, declared: Set(spec.options.map(\.name)))
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
                throw UsageError(
                    ru: "неизвестный параметр «\(name)»", en: "unknown option '\(name)'", command: spec.name
                ).suggesting(name, among: spec.options.map(\.name))
            }
            if option.isFlag {
                guard inline == nil else {
                    throw UsageError(
                        ru: "параметр «\(name)» не принимает значения", en: "option '\(name)' takes no value",
                        command: spec.name)
                }
                result.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard i < arguments.count else {
                    throw UsageError(
                        ru: "параметру «\(name)» нужно значение <\(option.valueName!)>",
                        en: "option '\(name)' needs a value <\(option.valueName!)>", command: spec.name)
                }
                value = arguments[i]
                i += 1
            }
            if !option.repeatable, result.values[name] != nil {
                throw UsageError(
                    ru: "параметр «\(name)» указан больше одного раза", en: "option '\(name)' given more than once",
                    command: spec.name)
            }
            result.values[name, default: []].append(value)
        }
        let required = spec.positionals.filter { !$0.optional }.count
        if result.positionals.count < required {
            let missing = spec.positionals[result.positionals.count]
            throw UsageError(
                ru: "не указан аргумент <\(missing.name)>", en: "missing argument <\(missing.name)>", command: spec.name)
        }
        if result.positionals.count > spec.positionals.count {
            let extra = result.positionals[spec.positionals.count]
            throw UsageError(
                ru: "лишний аргумент «\(extra)»", en: "unexpected argument '\(extra)'", command: spec.name)
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
