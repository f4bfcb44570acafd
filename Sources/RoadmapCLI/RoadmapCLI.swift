import Foundation
import RoadmapKit

/// The command-line front end: parses, dispatches, maps errors to exit codes. No logic of its own.
package enum RoadmapCLI {
    static let version = "0.1.0"

    /// Runs `roadmap` with `arguments` (without the program name). Returns the exit code.
    package static func run(_ arguments: [String], context base: CommandContext) -> Int32 {
        var context = base
        var args = arguments
        // Global language option, accepted anywhere.
        if let index = args.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
            let value: String?
            if args[index].hasPrefix("--lang=") {
                value = String(args[index].dropFirst("--lang=".count))
                args.remove(at: index)
            } else {
                value = index + 1 < args.count ? args[index + 1] : nil
                args.removeSubrange(index..<min(index + 2, args.count))
            }
            guard let value, let language = Language(rawValue: value) else {
                let error = UsageError(
                    ru: "--lang: ожидается ru или en, получено «\(value ?? "")»",
                    en: "--lang takes ru or en, found '\(value ?? "")'")
                context.err(usageLines(error, spec: nil, context.language))
                return ExitCode.usage
            }
            context.language = language
        }
        // `roadmap help compliance` is `roadmap compliance --help`.
        if args.count > 1, args[0] == "help" { args = Array(args.dropFirst()) + ["--help"] }
        if args.isEmpty || args == ["--help"] || args == ["-h"] || args == ["help"] {
            context.out(overview(context.language))
            return args.isEmpty ? ExitCode.usage : ExitCode.success
        }
        if args == ["--version"] {
            context.out("roadmap \(version)\n")
            return ExitCode.success
        }
        // Longest command path that matches the leading words.
        let match = CommandRegistry.all
            .filter { args.starts(with: $0.spec.path) }
            .max(by: { $0.spec.path.count < $1.spec.path.count })
        guard let command = match else {
            let group = CommandRegistry.all.filter { $0.spec.path.count > 1 && $0.spec.path[0] == args[0] }
            if !group.isEmpty {
                return groupUsage(args, group: group.map { $0.spec }, context: context)
            }
            let names = Array(Set(CommandRegistry.all.map { $0.spec.path[0] })).sorted()
            let error = UsageError(
                ru: "неизвестная команда «\(args[0])»", en: "unknown command '\(args[0])'"
            ).suggesting(args[0], among: names)
            context.err(usageLines(error, spec: nil, context.language))
            return ExitCode.usage
        }
        let rest = Array(args.dropFirst(command.spec.path.count))
        if rest.contains("--help") || rest.contains("-h") {
            context.out(command.spec.help(context.language))
            return ExitCode.success
        }
        do {
            return try command.execute(rest, context: context)
        } catch let error as UsageError {
            context.err(usageLines(error, spec: command.spec, context.language))
            return ExitCode.usage
        } catch {
            context.err(describe(error, context.language))
            return ExitCode.failure
        }
    }

    /// `ошибка: …`, the usage line and where to read more, for a usage error.
    static func usageLines(_ error: UsageError, spec: CommandSpec?, _ language: Language) -> String {
        let ru = language == .ru
        var lines = [CommandContext.errorPrefix(language) + error.message.text(language)]
        if let spec {
            lines.append((ru ? "Использование: " : "Usage: ") + spec.usage(language))
            lines.append(ru ? "См. «roadmap \(spec.name) --help»." : "See 'roadmap \(spec.name) --help'.")
        } else {
            lines.append(ru ? "См. «roadmap --help»." : "See 'roadmap --help'.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `roadmap units` (or `roadmap units bogus`): the group's subcommands, or "did you mean".
    static func groupUsage(_ args: [String], group: [CommandSpec], context: CommandContext) -> Int32 {
        let language = context.language
        let ru = language == .ru
        let subcommands = group.map { $0.path[1] }
        let wantsHelp = args.count > 1 && (args[1] == "--help" || args[1] == "-h")
        if wantsHelp {
            let rows = group.map { CommandSpec.row($0.name, $0.summary.text(language)) }
            context.out(([HelpWords(language).commands + ":"] + rows).joined(separator: "\n") + "\n")
            return ExitCode.success
        }
        var lines: [String] = []
        if args.count > 1 {
            let error = UsageError(
                ru: "неизвестная команда «\(args[0]) \(args[1])»", en: "unknown command '\(args[0]) \(args[1])'"
            ).suggesting(args[1], among: subcommands, prefix: args[0] + " ")
            lines.append(CommandContext.errorPrefix(language) + error.message.text(language))
        } else {
            let list = subcommands.joined(separator: ", ")
            lines.append(
                CommandContext.errorPrefix(language)
                    + (ru ? "после «\(args[0])» нужна подкоманда: \(list)" : "'\(args[0])' needs a subcommand: \(list)"))
        }
        let choices = subcommands.joined(separator: "|")
        lines.append(ru ? "См. «roadmap \(args[0]) <\(choices)> --help»." : "See 'roadmap \(args[0]) <\(choices)> --help'.")
        context.err(lines.joined(separator: "\n") + "\n")
        return ExitCode.usage
    }

    /// The lines `ошибка: …` / `error: …` for a failure, in the context's language. Every library
    /// error a user can meet is a `BilingualError`; anything else is a defect, shown with a
    /// bilingual lead so the line is still readable.
    static func describe(_ error: any Error, _ language: Language) -> String {
        let prefix = CommandContext.errorPrefix(language)
        switch error {
        case let refusal as WorkspaceRefusal:
            return refusal.problems.map { prefix + $0.text(language) + "\n" }.joined() + refusal.conclusion.text(language) + "\n"
        case let error as any BilingualError:
            return prefix + error.message.text(language) + CommandHints.hint(for: error).text(language) + "\n"
        case is CocoaError, is POSIXError:
            return prefix + FileProblem(error).message.text(language) + "\n"
        default:
            let lead = LocalizedText(ru: "внутренняя ошибка", en: "internal error")
            return prefix + lead.text(language) + ": \(String(describing: error))\n"
        }
    }

    /// `roadmap --help`: what the tool does, its commands and global options.
    static func overview(_ language: Language) -> String {
        let words = HelpWords(language)
        let ru = language == .ru
        var lines =
            ru
            ? [
                "\(words.overview): roadmap — дорожные карты «500+»: связывает региональный план с муниципальными",
                "и школьными дорожными картами, передаёт сроки и документы вниз, считает процент выполнения вверх",
                "к контрольным точкам 30.06 и 30.11.",
            ]
            : [
                "\(words.overview): roadmap — дорожные карты «500+»: link the regional plan to municipal and school roadmaps,",
                "propagate deadlines and documents down, compute compliance up against the 30.06 / 30.11 checkpoints.",
            ]
        lines += [
            "",
            "\(words.usage): roadmap <\(ru ? "команда" : "command")> [\(ru ? "аргументы" : "arguments")] [\(ru ? "параметры" : "options")]",
            "",
            "\(words.commands):",
        ]
        for command in CommandRegistry.all {
            lines.append(CommandSpec.row(command.spec.name, command.spec.summary.text(language)))
        }
        lines += [
            "",
            "\(words.globalOptions):",
            CommandSpec.row("--lang <ru|en>", GlobalOptions.langHelp.text(language)),
            CommandSpec.row("--version", GlobalOptions.versionHelp.text(language)),
            "",
        ]
        if ru {
            lines += [
                "\(words.exitCodes): 0 — успешно; 1 — найдены проблемы (невыполнение, ошибки в данных); 2 — ошибка в командной строке.",
                "Параметры команды: «roadmap help <команда>» или «roadmap <команда> --help».",
            ]
        } else {
            lines += [
                "\(words.exitCodes): 0 success; 1 problems found (non-compliance, invalid data); 2 usage error.",
                "See 'roadmap help <command>' or 'roadmap <command> --help' for a command's options.",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
