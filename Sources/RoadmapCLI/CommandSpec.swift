import RoadmapKit

/// What a command accepts and its help text: the one table that feeds both the parser and `--help`.
struct CommandSpec: Sendable {
    /// The command's words after `roadmap` (`["units", "import"]`).
    var path: [String]
    var summary: LocalizedText
    var discussion: LocalizedText?
    var positionals: [PositionalSpec]
    var options: [OptionSpec]

    init(
        _ path: [String], summary: LocalizedText, discussion: LocalizedText? = nil, positionals: [PositionalSpec] = [],
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
    func usage(_ language: Language) -> String {
        var parts = ["roadmap"] + path
        for p in positionals { parts.append(p.optional ? "[<\(p.name)>]" : "<\(p.name)>") }
        if !options.isEmpty { parts.append(language == .ru ? "[параметры]" : "[options]") }
        return parts.joined(separator: " ")
    }

    /// Help in the ОПИСАНИЕ / ИСПОЛЬЗОВАНИЕ / АРГУМЕНТЫ / ПАРАМЕТРЫ layout (OVERVIEW / USAGE /
    /// ARGUMENTS / OPTIONS in English).
    func help(_ language: Language) -> String {
        let words = HelpWords(language)
        var lines = ["\(words.overview): \(summary.text(language))", ""]
        if let discussion { lines += [discussion.text(language), ""] }
        lines += ["\(words.usage): \(usage(language))", ""]
        if !positionals.isEmpty {
            lines.append("\(words.arguments):")
            for p in positionals { lines.append(Self.row("<\(p.name)>", p.help.text(language))) }
            lines.append("")
        }
        lines.append("\(words.options):")
        for o in options {
            let left = o.isFlag ? o.name : "\(o.name) <\(o.valueName!)>"
            lines.append(Self.row(left, o.help.text(language) + (o.repeatable ? words.repeatable : "")))
        }
        lines.append(Self.row("--lang <ru|en>", GlobalOptions.langHelp.text(language)))
        lines.append(Self.row("-h, --help", GlobalOptions.helpHelp.text(language)))
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ left: String, _ right: String) -> String {
        let padded = left.count < 26 ? left + String(repeating: " ", count: 26 - left.count) : left + "  "
        return "  " + padded + right
    }
}

/// The headings of help, in one language.
struct HelpWords {
    var overview, usage, arguments, options, commands, globalOptions, exitCodes, repeatable: String

    init(_ language: Language) {
        if language == .ru {
            (overview, usage, arguments, options) = ("ОПИСАНИЕ", "ИСПОЛЬЗОВАНИЕ", "АРГУМЕНТЫ", "ПАРАМЕТРЫ")
            (commands, globalOptions, exitCodes) = ("КОМАНДЫ", "ОБЩИЕ ПАРАМЕТРЫ", "КОДЫ ВЫХОДА")
            repeatable = " (можно повторять)"
        } else {
            (overview, usage, arguments, options) = ("OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS")
            (commands, globalOptions, exitCodes) = ("COMMANDS", "GLOBAL OPTIONS", "EXIT CODES")
            repeatable = " (repeatable)"
        }
    }
}

/// Options every command accepts.
enum GlobalOptions {
    static let langHelp = LocalizedText(
        ru: "Язык сообщений и отчётов (по умолчанию: ru)", en: "Language of messages and reports (default: ru)")
    static let helpHelp = LocalizedText(ru: "Показать справку.", en: "Show help information.")
    static let versionHelp = LocalizedText(ru: "Показать версию.", en: "Print the version.")
}
