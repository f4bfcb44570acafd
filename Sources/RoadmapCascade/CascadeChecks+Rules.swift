extension CascadeChecks {
    // MARK: ambiguous-rule

    /// `ambiguous-rule` when the programme item is neither written in the rules nor settled by the
    /// plan's content, or is written but the plan has no such item. Only asked while some school
    /// has chosen risk directions (only then are anti-risk programmes generated).
    static func ruleFindings(_ engine: CascadeEngine) -> [Finding] {
        let template = engine.rules.riskActivity
        guard engine.workspace.units.schools.contains(where: { !$0.riskDirections.isEmpty }) else { return [] }
        if !template.derivesParent {
            guard let parent = template.parent, engine.regionalItem(parent) == nil else { return [] }
            return [
                Finding(
                    .warning, .ambiguousRule, file: WorkspaceLayout.settingsFile, location: "rules.riskActivity.parent",
                    ru:
                        "правило rules.riskActivity.parent указывает на пункт «\(parent)», которого нет в региональном плане; антирисковые программы ни к чему не привязаны — укажите номер пункта о программах развития",
                    en:
                        "rule rules.riskActivity.parent names item “\(parent)”, which the regional plan lacks; anti-risk programmes link to nothing — give the number of the development-programme item"
                )
            ]
        }
        let choice = ProgrammeItemFinder(keywords: template.parentKeywords).choose(engine.regional)
        guard choice.item == nil else { return [] }
        return [ambiguousProgrammeItem(choice)]
    }

    /// The finding for a programme item the plan's content does not settle.
    package static func ambiguousProgrammeItem(_ choice: ProgrammeItemFinder.Choice) -> Finding {
        let listed = zip(choice.candidates, choice.keywords).map { "\($0) («\($1)»)" }.joined(separator: ", ")
        let ru: String
        let en: String
        if choice.candidates.isEmpty {
            ru =
                "ни один пункт регионального плана не говорит о программах развития или антирисковых программах (rules.riskActivity.parentKeywords); укажите пункт в workspace.json: \"riskActivity\": {\"parent\": \"N\"} (или null — без привязки)"
            en =
                "no item of the regional plan mentions development or anti-risk programmes (rules.riskActivity.parentKeywords); choose one in workspace.json: \"riskActivity\": {\"parent\": \"N\"} (or null for none)"
        } else {
            ru =
                "о программах развития говорят несколько пунктов регионального плана: \(listed); выберите один в workspace.json: \"riskActivity\": {\"parent\": \"\(choice.candidates[0])\"}"
            en =
                "several items of the regional plan mention development programmes: \(listed); choose one in workspace.json: \"riskActivity\": {\"parent\": \"\(choice.candidates[0])\"}"
        }
        return Finding(
            .warning, .ambiguousRule, file: WorkspaceLayout.settingsFile, location: "rules.riskActivity.parent", ru: ru,
            en: en)
    }
}
