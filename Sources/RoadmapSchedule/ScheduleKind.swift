/// What kind of deadline a text expresses («вид срока»).
package enum ScheduleKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A single date: «30.06.2023», «До 15.02.2023».
    case deadline
    /// A single window: «01.02-15.05.2023», «Август», «Май – июнь 2022 г.».
    case window
    /// Several occurrences: «Сентябрь 2022/февраль 2023», «ежегодно (июнь, декабрь)», «не реже 1 раза в месяц».
    case recurring
    /// Throughout a span: «В течение года», «постоянно».
    case continuous
    /// Depends on something outside the roadmap: «По мере необходимости», «По графику».
    case conditional
    /// Not understood at all; the text is kept and flagged.
    case unknown

    /// The Russian name shown in reports.
    package var russianName: String {
        switch self {
        case .deadline: "срок"
        case .window: "период"
        case .recurring: "повторяется"
        case .continuous: "постоянно"
        case .conditional: "по условию"
        case .unknown: "не распознано"
        }
    }

    /// The name in a language.
    package func name(_ language: Language) -> String {
        language == .ru ? russianName : rawValue
    }
}
