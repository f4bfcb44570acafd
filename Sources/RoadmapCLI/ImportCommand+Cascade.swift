import RoadmapKit

extension ImportCommand {
    /// What an import into a workspace means for the cascade, reported after the roadmap is
    /// written: a regional plan settles the rules (programme item, unknown executor wordings, the
    /// settings written back); a municipal or school roadmap whose period is not the workspace's
    /// gets `period-mismatch`; a municipal roadmap's unknown executor wordings are listed once each.
    static func reportCascade(
        _ roadmap: Roadmap, path relative: String, workspace loaded: Workspace, store: WorkspaceStore,
        context: CommandContext
    ) throws {
        func warn(_ text: LocalizedText) {
            context.err(context.text(ru: "предупреждение: ", en: "warning: ") + text.text(context.language) + "\n")
        }
        switch roadmap.owner {
        case .region:
            let planRules = PlanRules(plan: roadmap, rules: loaded.settings.rules)
            if planRules.rules != loaded.settings.rules {
                var settings = loaded.settings
                settings.rules = planRules.rules
                try store.write(settings: settings)
            }
            PlanRulesOutput.print(planRules, context: context)
        case .municipality(let id):
            if let finding = PeriodMismatch.finding(roadmap, workspacePeriod: loaded.settings.period, file: relative) {
                context.err(finding.formatted(context.language) + "\n")
            }
            let schools = loaded.schools(in: id)
            for wording in UnknownWording.find(in: roadmap, rules: loaded.settings.rules, schools: schools) {
                warn(wording.message)
            }
        case .school:
            if let finding = PeriodMismatch.finding(roadmap, workspacePeriod: loaded.settings.period, file: relative) {
                context.err(finding.formatted(context.language) + "\n")
            }
        }
    }
}
