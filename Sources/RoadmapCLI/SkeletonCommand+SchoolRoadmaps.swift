import RoadmapKit

extension SkeletonCommand {
    /// What the merge did with a school's own roadmap: items matched by its linked activities, the
    /// items added, and own deadlines carried into the plan's period.
    static func schoolRoadmapNotes(_ result: SkeletonResult, context: CommandContext) -> String {
        var line = ""
        if !result.matchedActivities.isEmpty || !result.mismatchedActivities.isEmpty {
            let matched = result.matchedActivities.map { "\($0.generated) ← \($0.by.joined(separator: ", "))" }
                .joined(separator: ", ")
            line += context.text(
                ru: "; выполняются мероприятиями школы: \(matched)", en: "; implemented by the school's activities: \(matched)")
            if !result.mismatchedActivities.isEmpty {
                let kept = result.mismatchedActivities.map { "\($0.generated) (\($0.by.joined(separator: ", ")))" }
                    .joined(separator: ", ")
                line += context.text(
                    ru: "; сроки мероприятий школы не соответствуют, пункты сохранены со своими сроками [deadline-mismatch]: \(kept)",
                    en: "; the school's activities' dates do not correspond, items kept with their own dates [deadline-mismatch]: \(kept)")
            }
            let added = result.addedActivities.joined(separator: ", ")
            line += context.text(
                ru: "; добавлены: \(added.isEmpty ? "нет" : added)", en: "; added: \(added.isEmpty ? "none" : added)")
        }
        if !result.carriedForward.isEmpty {
            let carried = result.carriedForward.joined(separator: ", ")
            line += context.text(
                ru: "; сроки перенесены в новый период: \(carried)", en: "; deadlines carried into the new period: \(carried)")
        }
        return line
    }

    /// `[period-mismatch] …` (printed as a warning) for a school roadmap kept in its own period.
    static func periodWarning(_ result: SkeletonResult, kept: Period) -> LocalizedText {
        LocalizedText(
            ru:
                "[period-mismatch] школа \(result.school): дорожная карта на период «\(kept.canonicalText)», а план — на другой; карта оставлена как есть (ничего не записано). Чтобы перенести её в период плана: roadmap skeleton … --school \(result.school) --carry-forward",
            en:
                "[period-mismatch] school \(result.school): the roadmap is for “\(kept.canonicalText)” and the plan for another period; the roadmap was kept as it is (nothing written). To carry it into the plan's period: roadmap skeleton … --school \(result.school) --carry-forward"
        )
    }
}
