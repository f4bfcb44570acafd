import Foundation
import RoadmapCLI

let context = CommandContext(
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    err: { FileHandle.standardError.write(Data($0.utf8)) },
    language: ProcessInfo.processInfo.environment["ROADMAP_LANG"] == "en" ? .en : .ru
)
exit(RoadmapCLI.run(Array(CommandLine.arguments.dropFirst()), context: context))
