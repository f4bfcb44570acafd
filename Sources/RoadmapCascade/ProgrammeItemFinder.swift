/// Finds the regional plan item that schools' development and anti-risk programmes belong to, from
/// the item's content — its title and required documents — never from its number.
///
/// An item qualifies when one of `rules.riskActivity.parentKeywords` occurs in its title or a
/// document: a keyword is one or more word beginnings that must start consecutive words
/// («программ развити» matches «Программа развития ОО» and «программ развития школ»). When several
/// items qualify, those schools owe are preferred. Exactly one candidate is the answer; none or
/// several leave the choice to the user (`ambiguous-rule`).
package struct ProgrammeItemFinder: Sendable {
    /// What the plan's content says about the programme item.
    package struct Choice: Hashable, Sendable {
        /// Items that qualify, in plan order (schools' items only, when any of them qualifies).
        package var candidates: [String]
        /// The keyword each candidate matched, aligned with `candidates`.
        package var keywords: [String]

        /// The one item found, or `nil` when there were none or several.
        package var item: String? { candidates.count == 1 ? candidates[0] : nil }
    }

    let keywords: [(text: String, words: [String])]

    package init(keywords: [String]) {
        self.keywords = keywords.compactMap { keyword in
            let words = NameTokens.normalizedWords(keyword)
            return words.isEmpty ? nil : (keyword, words)
        }
    }

    /// The keyword the text holds, if any.
    package func keyword(in text: String) -> String? {
        let words = NameTokens.normalizedWords(text)
        for keyword in keywords {
            let n = keyword.words.count
            guard words.count >= n else { continue }
            for start in 0...(words.count - n) {
                let matches = (0..<n).allSatisfy { words[start + $0].hasPrefix(keyword.words[$0]) }
                if matches { return keyword.text }
            }
        }
        return nil
    }

    /// The candidates among resolved regional items.
    package func choose(_ items: [ResolvedActivity]) -> Choice {
        var found: [(ResolvedActivity, String)] = []
        for item in items {
            let texts = [item.activity.title] + item.activity.documents
            if let keyword = texts.lazy.compactMap(keyword(in:)).first { found.append((item, keyword)) }
        }
        let owed = found.filter { $0.0.owedBySchools }
        let chosen = owed.isEmpty ? found : owed
        return Choice(candidates: chosen.map(\.0.activity.id), keywords: chosen.map(\.1))
    }
}

extension CascadeRules {
    /// The regional item the anti-risk programme activity implements: `riskActivity.parent` when
    /// written, else the one item `ProgrammeItemFinder` finds in `regional` (none when ambiguous).
    package func programmeItem(in regional: [ResolvedActivity]) -> String? {
        if !riskActivity.derivesParent { return riskActivity.parent }
        return ProgrammeItemFinder(keywords: riskActivity.parentKeywords).choose(regional).item
    }

    /// These rules with the programme item written out (`derivesParent` false) when the plan's
    /// content names exactly one; otherwise unchanged. What `init` and `import --region` store.
    package func fixingProgrammeItem(in plan: Roadmap) -> (rules: CascadeRules, choice: ProgrammeItemFinder.Choice) {
        let resolver = ExecutorResolver(rules: self)
        let items = ResolvedActivity.resolveAll(plan, level: .region, resolver: resolver, schedules: ScheduleIndex())
        let choice = ProgrammeItemFinder(keywords: riskActivity.parentKeywords).choose(items)
        var rules = self
        if riskActivity.derivesParent, let item = choice.item {
            rules.riskActivity.parent = item
            rules.riskActivity.derivesParent = false
        }
        return (rules, choice)
    }
}
