import Foundation
import RoadmapKit

/// The command-line front end: parses, dispatches, maps errors to exit codes. No logic of its own.
public enum RoadmapCLI {
    public static let version = "0.1.0"

    /// Runs `roadmap` with `arguments` (without the program name). Returns the exit code.
    public static func run(_ arguments: [String], context base: CommandContext) -> Int32 {
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
                context.err("error: --lang takes ru or en\n")
                return ExitCode.usage
            }
            context.language = language
        }
        // `roadmap help compliance` is `roadmap compliance --help`.
        if args.count > 1, args[0] == "help" { args = Array(args.dropFirst()) + ["--help"] }
        if args.isEmpty || args == ["--help"] || args == ["-h"] || args == ["help"] {
            context.out(overview)
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
            var message = "error: unknown command '\(args[0])'"
            if let s = ArgumentParser.suggest(args[0], among: names) { message += "; did you mean '\(s)'?" }
            context.err(message + "\nSee 'roadmap --help'.\n")
            return ExitCode.usage
        }
        let rest = Array(args.dropFirst(command.spec.path.count))
        if rest.contains("--help") || rest.contains("-h") {
            context.out(command.spec.help)
            return ExitCode.success
        }
        do {
            let parsed = try ArgumentParser.parse(rest, spec: command.spec)
            return try command.run(parsed, context: context)
        } catch let error as UsageError {
            context.err("error: \(error.message)\nUsage: \(command.spec.usage)\nSee 'roadmap \(command.spec.name) --help'.\n")
            return ExitCode.usage
        } catch {
            context.err(describe(error, context.language))
            return ExitCode.failure
        }
    }

    /// `roadmap units` (or `roadmap units bogus`): the group's subcommands, or "did you mean".
    static func groupUsage(_ args: [String], group: [CommandSpec], context: CommandContext) -> Int32 {
        let subcommands = group.map { $0.path[1] }
        let wantsHelp = args.count > 1 && (args[1] == "--help" || args[1] == "-h")
        var lines: [String] = []
        if args.count > 1 && !wantsHelp {
            var message = "error: unknown command '\(args[0]) \(args[1])'"
            if let s = ArgumentParser.suggest(args[1], among: subcommands) { message += "; did you mean '\(args[0]) \(s)'?" }
            lines.append(message)
        } else if !wantsHelp {
            lines.append("error: '\(args[0])' needs a subcommand: \(subcommands.joined(separator: ", "))")
        }
        if wantsHelp {
            context.out((["COMMANDS:"] + group.map { CommandSpec.row($0.name, $0.summary) }).joined(separator: "\n") + "\n")
            return ExitCode.success
        }
        lines.append("See 'roadmap \(args[0]) <\(subcommands.joined(separator: "|"))> --help'.")
        context.err(lines.joined(separator: "\n") + "\n")
        return ExitCode.usage
    }

    /// The lines `error: …` for a failure, in the context's language where the error has both.
    static func describe(_ error: any Error, _ language: Language) -> String {
        switch error {
        case let refusal as WorkspaceRefusal:
            return refusal.problems.map { "error: \($0.text(language))\n" }.joined() + refusal.conclusion.text(language) + "\n"
        case let error as WorkspaceError:
            return "error: \(error.message.text(language))\n"
        case let error as TextEncodingError:
            return "error: \(error.message.text(language))\n"
        case is CocoaError, is POSIXError:
            return "error: \(FileProblem(error).message.text(language))\n"
        default:
            return "error: \(String(describing: error))\n"
        }
    }

    static var overview: String {
        var lines = [
            "OVERVIEW: roadmap — дорожные карты «500+»: link the regional plan to municipal and school roadmaps,",
            "propagate deadlines and documents down, compute compliance up against the 30.06 / 30.11 checkpoints.",
            "",
            "USAGE: roadmap <command> [arguments] [options]",
            "",
            "COMMANDS:",
        ]
        for command in CommandRegistry.all {
            lines.append(CommandSpec.row(command.spec.name, command.spec.summary))
        }
        lines += [
            "",
            "GLOBAL OPTIONS:",
            CommandSpec.row("--lang <ru|en>", "Language of messages and reports (default: ru)"),
            CommandSpec.row("--version", "Print the version."),
            "",
            "EXIT CODES: 0 success; 1 problems found (non-compliance, invalid data); 2 usage error.",
            "See 'roadmap help <command>' or 'roadmap <command> --help' for a command's options.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
