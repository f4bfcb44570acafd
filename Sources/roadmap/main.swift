import Foundation
import RoadmapCLI

exit(RoadmapCLI.main(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
