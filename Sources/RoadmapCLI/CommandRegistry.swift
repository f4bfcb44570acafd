/// Every subcommand, in the order `roadmap --help` lists them. Add a new command here.
enum CommandRegistry {
    static let all: [any RoadmapCommand.Type] = [
        ValidateCommand.self,
        InitCommand.self,
        UnitsImportCommand.self,
        UnitsListCommand.self,
        ImportCommand.self,
        ComplianceCommand.self,
        DeadlinesCommand.self,
        ProgressCommand.self,
        ProgressFormCommand.self,
        ScheduleCommand.self,
        GenerateCommand.self,
        SkeletonCommand.self,
        LinkCommand.self,
        ExplainCommand.self,
        AmendCommand.self,
    ]
}
