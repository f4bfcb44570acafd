import Foundation

/// Words and number formats the compliance reports share, in the report's language.
package struct ReportFormatting: Sendable {
    package var language: Language

    package init(language: Language) { self.language = language }

    func t(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    /// «33,3 %» / «33.3%»; «нет данных» / «no data» without a value.
    package func percent(_ value: Double?) -> String {
        guard let value else { return noData }
        return number(value) + (language == .ru ? " %" : "%")
    }

    /// One decimal, a decimal comma in Russian («33,3»; «40» stays «40»).
    /// Made from whole tenths without Foundation's `String(format:)`: a report formats thousands.
    package func number(_ value: Double, decimalComma: Bool? = nil) -> String {
        let separator = decimalComma ?? (language == .ru) ? "," : "."
        let scaled = (value * 10).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else {
            return String(format: "%.1f", scaled / 10).replacingOccurrences(of: ".", with: separator)
        }
        let tenths = Int(scaled)
        let whole = String(abs(tenths) / 10)
        let sign = tenths < 0 ? "-" : ""
        return tenths % 10 == 0 ? sign + whole : sign + whole + separator + String(abs(tenths) % 10)
    }

    /// «нет данных».
    package var noData: String { t("нет данных", "no data") }

    /// A zone's name, «—» without one.
    package func zone(_ zone: Zone?) -> String { zone?.name(language) ?? "—" }

    /// «да» / «нет» / «—».
    package func yesNo(_ value: Bool?) -> String {
        guard let value else { return "—" }
        return value ? t("да", "yes") : t("нет", "no")
    }

    /// The roll-up policy named for a person.
    package func policy(_ policy: RollUpPolicy) -> String {
        switch policy {
        case .pooled:
            t(
                "сводный процент (выполненные мероприятия всех дорожных карт / все мероприятия)",
                "pooled (done activities of every roadmap / all activities)")
        case .meanOfChildren:
            t(
                "среднее по школам (каждая школа весит одинаково; собственные дорожные карты муниципалитетов и региона — отдельной строкой)",
                "mean of schools (every school weighs the same; the municipalities' and the region's own roadmaps on their own lines)")
        }
    }

    /// «30.06.2023 «Первый мониторинг»: минимум 30 %, цель 40 %».
    package func checkpoint(_ checkpoint: DatedCheckpoint) -> String {
        var text = checkpoint.date.russianString
        if let name = checkpoint.name { text += " «\(name)»" }
        return text
            + t(
                ": минимум \(percent(checkpoint.minimum)), цель \(percent(checkpoint.target))",
                ": minimum \(percent(checkpoint.minimum)), target \(percent(checkpoint.target))")
    }

    /// «3 из 5» (schools meeting the minimum of the total); «—» before the first checkpoint.
    package func meeting(_ count: Int?, of total: Int) -> String {
        guard let count else { return "—" }
        return t("\(count) из \(total)", "\(count) of \(total)")
    }

    /// The level's name.
    package func level(_ level: Level) -> String {
        switch level {
        case .region: t("регион", "region")
        case .municipality: t("муниципалитет", "municipality")
        case .school: t("школа", "school")
        }
    }

    /// The headline summary: region figure, checkpoint, next checkpoint, policy.
    package func summary(_ report: ComplianceReport) -> [String] {
        var lines: [String] = []
        if let region = report.region {
            var line = t(
                "\(report.regionName) на \(report.asOf.russianString): ", "\(report.regionName) as of \(report.asOf.russianString): ")
            line += percent(region.percent)
            if let zone = region.zone { line += t(" (\(zone.name(language)) зона)", " (\(zone.name(language)) zone)") }
            line += t(
                "; школ достигли минимума: \(meeting(region.schools.meetingMinimum, of: region.schools.total)), цели: \(meeting(region.schools.meetingTarget, of: region.schools.total))",
                "; schools at the minimum: \(meeting(region.schools.meetingMinimum, of: region.schools.total)), at the target: \(meeting(region.schools.meetingTarget, of: region.schools.total))"
            )
            lines.append(line + ".")
        }
        if let checkpoint = report.checkpoint {
            lines.append(t("Контрольная точка ", "Checkpoint ") + self.checkpoint(checkpoint) + ".")
        } else {
            lines.append(t("Контрольная точка ещё не наступила: зоны не определяются.", "No checkpoint has passed yet: no zones."))
        }
        if let next = report.nextCheckpoint {
            lines.append(
                t("Следующая контрольная точка ", "Next checkpoint ") + checkpoint(next)
                    + t("; «в графике» — прогноз не ниже минимума.", "; “on track”: the projection reaches the minimum."))
        }
        lines.append(t("Способ свёртки: ", "Roll-up: ") + policy(report.rollUp) + ".")
        lines.append(
            t("Зачёт работ в процессе (", "Credit for work under way (") + report.credit.rawValue + "): "
                + report.credit.description.text(language) + ".")
        if let counted = countedLine(report) { lines.append(counted) }
        if let knownOn = report.knownOn {
            lines.append(
                t(
                    "Учтены отчёты, поданные по \(knownOn.russianString) включительно.",
                    "Reports made up to \(knownOn.russianString) only."))
        }
        return lines
    }

    /// An indicator's actual value with its unit: «80 %», «7», «0,6 в мес.»; «нет данных» when not evaluable.
    package func indicatorValue(_ result: IndicatorResult) -> String {
        guard let actual = result.actual else { return noData }
        switch result.kind {
        case .share: return percent(actual)
        case .frequency:
            let unit = Indicator(parsing: result.indicator).frequencyUnitName(language)
            return number(actual) + " " + unit
        default: return number(actual)
        }
    }
}
