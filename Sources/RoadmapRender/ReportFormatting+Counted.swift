/// The lines every compliance report shows about what the percentages leave out or credit partly:
/// work under way, «не применимо» (per unit, with the reason, so nobody hides work behind it) and
/// items dated outside the period.
extension ReportFormatting {
    /// «В работе: 10 (зачтено 8,7); не применимо: 4; вне периода: 12.» for the region, if any.
    package func countedLine(_ report: ComplianceReport) -> String? {
        guard let c = report.region?.counts, c.inProgress + c.notApplicable + c.outsidePeriod > 0 else { return nil }
        return t(
            "В работе в открытом окне срока: \(c.inProgress) (зачтено \(number(c.inProgressCredit))); не применимо: \(c.notApplicable); вне периода: \(c.outsidePeriod).",
            "In progress within an open window: \(c.inProgress) (credited \(number(c.inProgressCredit))); not applicable: \(c.notApplicable); outside the period: \(c.outsidePeriod)."
        )
    }

    /// One line per item reported or ruled «не применимо», unit by unit: «МАОУ «ООШ п. Приморье»:
    /// 20. Участие обучающихся в ГИА-11 — в основной школе нет 11 класса».
    package func notApplicableLines(_ report: ComplianceReport) -> [String] {
        report.units.flatMap { unit in
            unit.notApplicable.map { item in
                "\(unit.name): \(listNumber(item)) \(item.title) — \(item.note ?? t("причина не указана", "no reason given"))"
            }
        }
    }

    /// One line per occurrence dated outside its roadmap's period, unit by unit.
    package func outsidePeriodLines(_ report: ComplianceReport) -> [String] {
        report.units.flatMap { unit in
            unit.outsidePeriod.map { item in
                "\(unit.name): \(listNumber(item)) \(item.title) — \(t("срок", "deadline")) \(item.deadline?.russianString ?? "—") [date-outside-period]"
            }
        }
    }
}

extension ReportFormatting {
    /// An item's number in a region-wide list: «п. 4 плана (3.)» — the regional plan's item first,
    /// the unit's own number beside it — or the unit's own number when it implements no plan item.
    package func listNumber(_ item: ActivityItem) -> String {
        let own = item.number ?? item.activity
        guard let plan = item.planItem else {
            return item.owner == .region ? t("п. \(item.activity) плана", "plan item \(item.activity)") : own
        }
        return t("п. \(plan) плана (\(own))", "plan item \(plan) (\(own))")
    }
}
