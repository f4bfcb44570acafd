import RoadmapKit

/// Prints what a regional plan settled in the cascade rules (`init --plan`, `import --region`):
/// the programme item found on standard output, each choice to make and unknown executor wording
/// as a warning on standard error.
enum PlanRulesOutput {
    static func print(_ planRules: PlanRules, context: CommandContext) {
        for (warning, text) in planRules.messages() {
            if warning {
                context.warning(text)
            } else {
                context.out(text.text(context.language) + "\n")
            }
        }
    }
}
