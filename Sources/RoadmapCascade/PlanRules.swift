/// The cascade rules a regional plan settles when it is imported (`init --plan`, `import
/// --region`): the programme item found from the plan's content, written into the rules where
/// `workspace.json` has none, and the executor wordings the rules do not know, one warning each
/// with the line that teaches it.
///
/// Rules already in `workspace.json` are the user's: re-importing a plan never overwrites them. A
/// written `riskActivity.parent` (an item number, or `null` for none) is kept as it is; when the
/// plan's content would now choose another item, `rule-differs-from-plan` says which and the line
/// to write. Only an absent rule is filled.
package struct PlanRules: Hashable, Sendable {
    /// What became of `rules.riskActivity.parent`.
    package enum ParentRule: Hashable, Sendable {
        /// Absent from `workspace.json`: filled from the plan's content (when it settles one item).
        case filled
        /// Written in `workspace.json` (an item, or `nil` for none): kept as written.
        case kept(String?)
    }

    /// The rules to store: `riskActivity.parent` written when it was absent and the plan names
    /// exactly one item; every rule present before is kept.
    package var rules: CascadeRules
    /// What the plan's content said about the programme item.
    package var choice: ProgrammeItemFinder.Choice
    /// Whether the programme-item rule was filled or kept.
    package var parentRule: ParentRule
    /// Executor wordings of the plan no rule knows.
    package var unknown: [UnknownWording]

    /// Reads `plan` against `rules`. The programme item is found afresh from the plan's content (a
    /// new plan numbers its items its own way); it is written only where `rules` has none; when the
    /// content does not settle it, the rule is left to derive and `validate` reports
    /// `ambiguous-rule` until the user writes it.
    package init(plan: Roadmap, rules: CascadeRules) {
        var base = rules
        base.riskActivity.derivesParent = true
        base.riskActivity.parent = nil
        let fixed = base.fixingProgrammeItem(in: plan)
        self.choice = fixed.choice
        if rules.riskActivity.derivesParent {
            self.rules = fixed.rules
            self.parentRule = .filled
        } else {
            self.rules = rules
            self.parentRule = .kept(rules.riskActivity.parent)
        }
        self.unknown = UnknownWording.find(in: plan, rules: rules)
    }

    /// `rule-differs-from-plan` when a kept programme-item rule is not the item the plan's content
    /// settles now; `nil` when it is, or when the content settles none.
    package var differsFromPlan: Finding? {
        guard case .kept(let written) = parentRule, let item = choice.item, item != written else { return nil }
        let keyword = choice.keywords.first ?? ""
        let was = written.map { "\"\($0)\"" } ?? "null"
        return Finding(
            .warning, .ruleDiffersFromPlan, file: WorkspaceLayout.settingsFile, location: "rules.riskActivity.parent",
            ru:
                "правило rules.riskActivity.parent в workspace.json сохранено как записано (\(was)), но по содержанию плана антирисковые программы относятся к пункту \(item) (найден по словам «\(keyword)»); чтобы принять его, запишите \"parent\": \"\(item)\"",
            en:
                "rule rules.riskActivity.parent in workspace.json kept as written (\(was)), but by the plan's content the anti-risk programmes belong to item \(item) (found by “\(keyword)”); to accept it, write \"parent\": \"\(item)\""
        )
    }

    /// The lines to print: the programme item (or the choice to make), then each unknown wording.
    package func messages() -> [(warning: Bool, text: LocalizedText)] {
        var result: [(Bool, LocalizedText)] = []
        if case .kept(let written) = parentRule {
            if let finding = differsFromPlan {
                result.append(
                    (true, LocalizedText(ru: "[\(finding.code)] " + finding.message.ru, en: "[\(finding.code)] " + finding.message.en)))
            } else {
                let was = written.map { "пункт \($0)" } ?? "без привязки (null)"
                let wasEN = written.map { "item \($0)" } ?? "none (null)"
                result.append(
                    (
                        false,
                        LocalizedText(
                            ru: "правило rules.riskActivity.parent из workspace.json сохранено: \(was)",
                            en: "rule rules.riskActivity.parent kept from workspace.json: \(wasEN)")
                    ))
            }
        } else if let item = choice.item {
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
