extension CascadeExplanation {
    /// The chain as text, one block per step, in the given language (stored notes stay as written).
    public func render(_ language: Language) -> String {
        let ru = language == .ru
        var out = ""
        let last = steps.last
        let title = last.map { "\($0.activity.label) (\($0.activity.id))" } ?? ""
        let shown = Self.named(schoolName, id: school.rawValue)
        out += ru ? "Школа \(shown), мероприятие \(title)\n" : "School \(shown), activity \(title)\n"
        if generated {
            out +=
                ru
                ? "(дорожной карты школы в рабочей папке нет; показан скелет, который построит roadmap skeleton)\n"
                : "(the workspace has no roadmap for this school; showing the skeleton roadmap skeleton would build)\n"
        }
        for (i, step) in steps.enumerated() {
            out += "\n\(i + 1). " + heading(step, ru: ru) + "\n"
            out += "   " + (ru ? "Мероприятие: " : "Activity: ") + step.activity.title + "\n"
            out += "   " + (ru ? "Сроки: " : "Schedule: ") + scheduleText(step, ru: ru)
            if step.level == .school { out += why(step.activity.provenance?.schedule, ru: ru) }
            out += "\n"
            let executors = step.activity.executors.isEmpty ? "—" : step.activity.executors
            out += "   " + (ru ? "Исполнители: " : "Executors: ") + executors
            if step.level == .school {
                out += why(step.activity.provenance?.executors, ru: ru)
            } else if !step.levels.isEmpty {
                let names = step.levels.map { levelName($0, ru: ru) }.joined(separator: ", ")
                out += ru ? " → выполняют: \(names)" : " → carried by: \(names)"
            }
            out += "\n"
            let documents = step.activity.documents.isEmpty ? "—" : step.activity.documents.joined(separator: "; ")
            out += "   " + (ru ? "Документ: " : "Document: ") + documents
            if step.level == .school, !step.activity.documents.isEmpty {
                out += why(step.activity.provenance?.documents, ru: ru)
            }
            out += "\n"
            if let indicator = step.activity.indicator, !indicator.isEmpty {
                out += "   " + (ru ? "Показатель: " : "Indicator: ") + indicator
                if step.level == .school { out += why(step.activity.provenance?.indicator, ru: ru) }
                out += "\n"
            } else if step.level == .school, let note = step.activity.provenance?.indicator?.note {
                out += "   " + (ru ? "Показатель: — (" : "Indicator: — (") + note + ")\n"
            }
        }
        for gap in gaps { out += "\n" + (ru ? "Примечание: " : "Note: ") + gap.text(language) + "\n" }
        for mismatch in mismatches { out += "\n" + (ru ? "Сроки: " : "Dates: ") + mismatch.text(language) + "\n" }
        for rule in rules { out += "\n" + (ru ? "Правило: " : "Rule: ") + rule.text(language) + "\n" }
        return out
    }

    /// «МАОУ «ООШ п. Приморье» (maou-oosh-primorye)»: the name with the id in brackets, or the id alone.
    static func named(_ name: String, id: String) -> String {
        name.isEmpty || name == id ? id : "\(name) (\(id))"
    }

    func heading(_ step: Step, ru: Bool) -> String {
        let number = step.activity.label
        switch step.level {
        case .region: return ru ? "Региональный план, пункт \(number) (\(step.link))" : "Regional plan, item \(number) (\(step.link))"
        case .municipality:
            return ru
                ? "Дорожная карта муниципалитета \(Self.named(step.unitName, id: step.unit)), пункт \(number) (\(step.link))"
                : "Roadmap of municipality \(Self.named(step.unitName, id: step.unit)), item \(number) (\(step.link))"
        case .school:
            return ru
                ? "Дорожная карта школы \(Self.named(step.unitName, id: step.unit)), пункт \(number) (\(step.activity.id))"
                : "Roadmap of school \(Self.named(step.unitName, id: step.unit)), item \(number) (\(step.activity.id))"
        }
    }

    func scheduleText(_ step: Step, ru: Bool) -> String {
        var text = step.activity.schedule.isEmpty ? "—" : step.activity.schedule
        if let deadline = step.deadline { text += ru ? " (срок \(deadline.russianString))" : " (due \(deadline.russianString))" }
        return text
    }

    func levelName(_ level: Level, ru: Bool) -> String {
        switch level {
        case .region: ru ? "регион" : "region"
        case .municipality: ru ? "муниципалитеты" : "municipalities"
        case .school: ru ? "школы" : "schools"
        }
    }

    /// « — унаследовано от region:5; …» from a value's origin.
    func why(_ origin: ValueOrigin?, ru: Bool) -> String {
        guard let origin else { return ru ? " — задано школой" : " — set by the school" }
        let from = origin.from.map(\.text).joined(separator: " → ")
        var parts: [String] = []
        switch origin.kind {
        case .local: parts.append(ru ? "задано школой" : "set by the school")
        case .inherited: parts.append(from.isEmpty ? (ru ? "сформировано" : "generated") : (ru ? "из \(from)" : "from \(from)"))
        case .tightened: parts.append(ru ? "ужесточено (\(from))" : "tightened (\(from))")
        }
        if let lead = origin.leadDays { parts.append(ru ? "опережение \(lead) дн." : "lead time \(lead) days") }
        if let note = origin.note { parts.append(note) }
        return " — " + parts.joined(separator: "; ")
    }
}
