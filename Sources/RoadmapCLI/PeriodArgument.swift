import RoadmapKit

/// `--period`: 2023, «2021-2022 учебный год», «2022-2025 гг.» or explicit dates.
enum PeriodArgument {
    static func parse(_ arguments: ParsedArguments, name: String = "--period") throws(UsageError) -> Period? {
        guard let text = arguments.value(name) else { return nil }
        guard let period = Period(parsing: text) else {
            throw arguments.error(
                ru: "\(name): ожидается 2023, «2021-2022 учебный год», «2022-2025 гг.» или 2023-01-01..2023-12-31, получено «\(text)»",
                en: "\(name): expected 2023, \"2021-2022 учебный год\", \"2022-2025 гг.\" or 2023-01-01..2023-12-31, found '\(text)'")
        }
        return period
    }
}
