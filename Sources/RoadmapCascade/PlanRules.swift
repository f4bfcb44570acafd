/// The cascade rules a regional plan settles when it is imported (`init --plan`, `import
/// --region`): the programme item found from the plan's content, written into the rules, and the
/// executor wordings the rules do not know, one warning each with the line that teaches it.
package struct PlanRules: Hashable, Sendable {
    /// The rules to store: `riskActivity.parent` written when the plan names exactly one item.
    package var rules: CascadeRules
    /// What the plan's content said about the programme item.
    package var choice: ProgrammeItemFinder.Choice
    /// Executor wordings of the plan no rule knows.
    package var unknown: [UnknownWording]

    /// Reads `plan` against `rules`. The programme item is found afresh (a new plan numbers its
    /// items its own way); when the content does not settle it, the rule is left to derive and
    /// `validate` reports `ambiguous-rule` until the user writes it.
    package init(plan: Roadmap, rules: CascadeRules) {
        var base = rules
        base.riskActivity.derivesParent = true
        base.riskActivity.parent = nil
        let fixed = base.fixingProgrammeItem(in: plan)
        self.rules = fixed.rules
        self.choice = fixed.choice
        self.unknown = UnknownWording.find(in: plan, rules: rules)
    }

    /// The lines to print: the programme item (or the choice to make), then each unknown wording.
    package func messages() -> [(warning: Bool, text: LocalizedText)] {
        var result: [(Bool, LocalizedText)] = []
        if let item = choice.item {
            let keyword = choice.keywords.first ?? ""
            result.append(
                (
                    false,
                    LocalizedText(
                        ru:
                            "антирисковые программы школ привязаны к пункту \(item) регионального плана (найден по словам «\(keyword)»; правило rules.riskActivity.parent в workspace.json)",
                        en:
                            "schools' anti-risk programmes belong to item \(item) of the regional plan (found by “\(keyword)”; rule rules.riskActivity.parent in workspace.json)"
                    )
                ))
        } else {
            result.append((true, CascadeChecks.ambiguousProgrammeItem(choice).message))
        }
        for wording in unknown { result.append((true, wording.message)) }
        return result
    }
}
