/// The monitoring items of a regional plan measured by the checkpoint figures themselves: a share
/// indicator of an item whose title names a checkpoint of `workspace.json` («Первый мониторинг
/// исполнения мероприятий дорожной карты» names the checkpoint «Первый мониторинг») is the share
/// of the register's schools at or above that checkpoint's minimum at its date — the same figure
/// the report's «школ ≥ минимума» gives — not the share of schools that ticked the item.
///
/// Keyed on the checkpoint names the user keeps in workspace.json, never on item numbers.
enum MonitoringIndicators {
    /// `indicators` with each monitoring item's share replaced. `tally(date)` gives the schools'
    /// tally as of a checkpoint's date (the report's own, or a second evaluation for an earlier one).
    static func apply(
        _ indicators: [IndicatorResult], plan: Roadmap?, calendar: CheckpointCalendar, asOf: LocalDate,
        tally: (DatedCheckpoint) -> SchoolTally?
    ) -> [IndicatorResult] {
        guard let plan else { return indicators }
        let titles = Dictionary(plan.activities.map { ($0.id, $0.title) }) { a, _ in a }
        return indicators.map { result in
            guard result.kind == .share, let required = result.required, let title = titles[result.activity],
                let checkpoint = checkpoint(named: title, in: calendar, year: asOf.year)
            else { return result }
            var changed = result
            let name = checkpoint.name ?? checkpoint.date.russianString
            guard checkpoint.date <= asOf else {
                changed.actual = nil
                changed.met = nil
                changed.note = LocalizedText(
                    ru: "по итогам контрольной точки «\(name)» (\(checkpoint.date.russianString)): она ещё не наступила",
                    en: "from the checkpoint “\(name)” (\(checkpoint.date.russianString)): not reached yet")
                return changed
            }
            guard let tally = tally(checkpoint), let meeting = tally.meetingMinimum, tally.total > 0 else { return result }
            let actual = Double(meeting) * 100 / Double(tally.total)
            changed.actual = actual
            changed.met = actual >= required
            changed.note = LocalizedText(
                ru:
                    "по итогам контрольной точки «\(name)» (\(checkpoint.date.russianString)): школ не ниже минимума \(meeting) из \(tally.total)",
                en:
                    "from the checkpoint “\(name)” (\(checkpoint.date.russianString)): \(meeting) of \(tally.total) schools at or above the minimum"
            )
            return changed
        }
    }

    /// The checkpoint of `year` whose name the title contains (case-insensitively), if any.
    static func checkpoint(named title: String, in calendar: CheckpointCalendar, year: Int) -> DatedCheckpoint? {
        let folded = title.lowercased()
        return calendar.checkpoints.first { checkpoint in
            guard checkpoint.date.year == year, let name = checkpoint.name?.lowercased(), !name.isEmpty else { return false }
            return folded.contains(name)
        }
    }
}
