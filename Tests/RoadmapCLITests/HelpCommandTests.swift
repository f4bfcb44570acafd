import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

@Suite struct HelpCommandTests {
    static let root = CapturedRun.repositoryRoot

    /// `roadmap help X` prints what `roadmap X --help` prints, for every command and group.
    @Test(arguments: CommandRegistry.all.map { $0.spec.path })
    func helpCommandIsTheCommandsHelp(path: [String]) {
        let viaHelp = CapturedRun.run(["help"] + path, in: Self.root)
        let viaFlag = CapturedRun.run(path + ["--help"], in: Self.root)
        #expect(viaHelp.code == 0)
        #expect(viaHelp.out == viaFlag.out)
        #expect(viaHelp.out.hasPrefix("ОПИСАНИЕ: "))
    }

    /// Every command's help, in Russian by default and in English with `--lang en`: the layout
    /// words, and Russian text on every option line of the Russian help.
    @Test(arguments: CommandRegistry.all.map { $0.spec.path })
    func everyCommandsHelpInBothLanguages(path: [String]) {
        let russian = CapturedRun.run(path + ["--help"], in: Self.root)
        let english = CapturedRun.run(path + ["--help", "--lang", "en"], in: Self.root)
        #expect(russian.code == 0 && english.code == 0)
        for word in ["ОПИСАНИЕ: ", "ИСПОЛЬЗОВАНИЕ: roadmap ", "ПАРАМЕТРЫ:"] { #expect(russian.out.contains(word)) }
        for word in ["OVERVIEW: ", "USAGE: roadmap ", "OPTIONS:"] { #expect(english.out.contains(word)) }
        #expect(!russian.out.contains("OVERVIEW") && !russian.out.contains("OPTIONS:"))
        let spec = CommandRegistry.all.first { $0.spec.path == path }!.spec
        if !spec.positionals.isEmpty {
            #expect(russian.out.contains("АРГУМЕНТЫ:"))
            #expect(english.out.contains("ARGUMENTS:"))
        }
        let optionLines = russian.out.split(separator: "\n").drop { !$0.hasPrefix("ПАРАМЕТРЫ:") }.dropFirst()
        #expect(optionLines.count == spec.options.count + 2)
        for line in optionLines {
            #expect(line.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "no Russian in «\(line)»")
        }
        // The summary, discussion and every argument and option help are given in both languages.
        for text in [spec.summary] + (spec.discussion.map { [$0] } ?? []) + spec.options.map(\.help)
            + spec.positionals.map(\.help)
        {
            #expect(!text.ru.isEmpty && !text.en.isEmpty)
            #expect(text.ru.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "no Russian: \(text.en)")
        }
    }

    @Test func helpOfAnUnknownCommandIsAUsageError() {
        let result = CapturedRun.run(["help", "complience"], in: Self.root)
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("ошибка: неизвестная команда «complience»; возможно, вы имели в виду «compliance»\n"))
        let english = CapturedRun.run(["help", "complience", "--lang", "en"], in: Self.root)
        #expect(english.err.hasPrefix("error: unknown command 'complience'; did you mean 'compliance'?\n"))
    }

    @Test func helpAloneIsTheOverview() {
        let result = CapturedRun.run(["help"], in: Self.root)
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("ОПИСАНИЕ: roadmap"))
        #expect(result.out.contains("«roadmap help <команда>»"))
        #expect(result.out.contains("КОМАНДЫ:") && result.out.contains("КОДЫ ВЫХОДА:"))
        let english = CapturedRun.run(["--help"], in: Self.root, language: .en)
        #expect(english.out.hasPrefix("OVERVIEW: roadmap"))
        #expect(english.out.contains("roadmap help <command>"))
    }

    @Test func groupHelpAndUnknownSubcommandInRussian() {
        let group = CapturedRun.run(["units", "--help"], in: Self.root)
        #expect(group.code == 0)
        #expect(group.out.hasPrefix("КОМАНДЫ:\n"))
        let bad = CapturedRun.run(["units", "lst"], in: Self.root)
        #expect(bad.code == 2)
        #expect(bad.err.hasPrefix("ошибка: неизвестная команда «units lst»; возможно, вы имели в виду «units list»\n"))
    }
}
