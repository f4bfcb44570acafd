/// `period-mismatch`: a roadmap whose period is not the workspace's. Reported when a roadmap is
/// imported (and by `skeleton` for a school roadmap it keeps), naming both periods; the roadmap
/// keeps its own period — nothing is re-dated silently.
package enum PeriodMismatch {
    /// The finding for `roadmap` in a workspace of `workspacePeriod`, or `nil` when they agree.
    /// A multi-year roadmap that covers the workspace's period (Svetlogorsk's 2022–2024 in a 2023
    /// workspace) is reported too: its other years are not measured.
    package static func finding(_ roadmap: Roadmap, workspacePeriod: Period, file: String) -> Finding? {
        guard roadmap.period != workspacePeriod else { return nil }
        let own = roadmap.period.canonicalText
        let ws = workspacePeriod.canonicalText
        let covers = roadmap.period.start <= workspacePeriod.start && roadmap.period.end >= workspacePeriod.end
        let overlap = roadmap.period.start <= workspacePeriod.end && roadmap.period.end >= workspacePeriod.start
        let ru: String
        let en: String
        if covers {
            ru = "период дорожной карты «\(own)» шире периода рабочей области «\(ws)»: учитываются только сроки, попадающие в \(ws)"
            en = "the roadmap's period “\(own)” is wider than the workspace's “\(ws)”: only deadlines falling in \(ws) count"
        } else if overlap {
            ru =
                "период дорожной карты «\(own)» не совпадает с периодом рабочей области «\(ws)»: каждая карта измеряется по своим срокам, попадающим в год отчёта"
            en =
                "the roadmap's period “\(own)” differs from the workspace's “\(ws)”: each roadmap is measured by its own deadlines falling in the report's year"
        } else {
            ru =
                "период дорожной карты «\(own)» не пересекается с периодом рабочей области «\(ws)»: период сохранён как записан"
            en =
                "the roadmap's period “\(own)” does not overlap the workspace's “\(ws)”: the period is kept as written"
        }
        return Finding(.warning, .periodMismatch, file: file, location: "period", ru: ru, en: en)
    }

    /// Whether two periods share no day: a roadmap of such a period is measured by none of its
    /// deadlines until it is carried into the workspace's period.
    public static func isDisjoint(_ period: Period, from workspacePeriod: Period) -> Bool {
        period.start > workspacePeriod.end || period.end < workspacePeriod.start
    }
}
