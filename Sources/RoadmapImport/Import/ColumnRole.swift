/// What a table column holds, recognised from its header («Сроки исполнения» → `.schedule`).
enum ColumnRole: Hashable, Sendable {
    /// № / № п/п / № пп.
    case number
    /// Мероприятие / Наименование мероприятия / Описание действия / Содержание деятельности.
    case activity
    /// Сроки / Сроки реализации / Сроки исполнения / Срок.
    case schedule
    /// Ответственный / Ответственные / Исполнители.
    case executors
    /// Показатель / Показатели выполнения / Региональный показатель реализации / Результат.
    case indicator
    /// Форма отчетных документов / Форма предъявления / Информационное сопровождение.
    case documents
    /// Задача.
    case task
    /// Наименование целевого показателя.
    case targetName
    /// Единица измерения.
    case unit
    /// A year column of a target table («2023»).
    case year(Int)
    /// Any other header, kept by name.
    case other

    /// Recognises a header cell. Order matters: «Информационное сопровождение мероприятий» is a
    /// documents column although it mentions «мероприятий»; «Наименование целевого показателя»
    /// names targets, not an activity indicator.
    static func recognise(_ header: String) -> ColumnRole {
        let words = ImportText.words(header)
        let text = words.joined(separator: " ")
        if header.contains("№") || text == "n" || text == "п п" || text == "пп" || text == "n п п" || text == "номер" {
            return .number
        }
        if words.isEmpty { return .other }
        if words.count == 1, let year = Int(words[0]), (1990...2100).contains(year) { return .year(year) }
        if text.contains("целев") && text.contains("показател") { return .targetName }
        if text.hasPrefix("единиц") || text.hasPrefix("ед изм") { return .unit }
        if text.hasPrefix("форма") || text.hasPrefix("формы") || text.contains("отчетн") || text.contains("информационное сопровождение")
            || text.hasPrefix("документ") || text.contains("подтверждающ")
        {
            return .documents
        }
        if text.hasPrefix("срок") || text.hasPrefix("дата") || text.hasPrefix("период") {
            return .schedule
        }
        if text.hasPrefix("ответствен") || text.hasPrefix("исполнител") || text.hasPrefix("соисполнител") {
            return .executors
        }
        if text.contains("показател") || text.hasPrefix("результат") || text.hasPrefix("ожидаемый результат")
            || text.hasPrefix("индикатор")
        {
            return .indicator
        }
        if text.hasPrefix("задач") { return .task }
        if text.contains("мероприят") || text.hasPrefix("описание действ") || text.contains("содержание деятельн")
            || text.hasPrefix("наименование") || text == "действие" || text == "действия"
        {
            return .activity
        }
        return .other
    }

    /// Column names a plain-text header line may be made of («Наименование мероприятия Сроки»).
    static let plainHeaderNames: [String] = [
        "наименование мероприятия", "наименование мероприятий", "мероприятие содержание деятельности",
        "содержание деятельности", "описание действия", "мероприятия", "мероприятие", "сроки реализации",
        "сроки исполнения", "сроки", "срок", "ответственные", "ответственный", "исполнители", "показатель реализации",
        "показатели выполнения", "показатель", "результат", "форма отчетных документов", "формы отчетных документов",
        "форма предъявления", "n п п", "n пп", "n",
    ]
}

/// The recognised columns of a table header.
struct TableColumns: Hashable, Sendable {
    /// The header cells as written.
    var names: [String]
    var roles: [ColumnRole]

    init(names: [String]) {
        self.names = names
        self.roles = names.map(ColumnRole.recognise)
    }

    var width: Int { names.count }

    func index(of role: ColumnRole) -> Int? { roles.firstIndex(of: role) }

    var activityColumn: Int? { index(of: .activity) }
    var numberColumn: Int? { index(of: .number) }

    /// What kind of table the header opens.
    enum Kind: Hashable, Sendable {
        case activities
        case targets
        case other
    }

    var kind: Kind {
        if activityColumn != nil { return .activities }
        let years = roles.filter { if case .year = $0 { true } else { false } }.count
        if roles.contains(.targetName) || (years >= 2 && roles.first != .number) { return .targets }
        return .other
    }

    /// Whether a row of cells is a header: at least two recognised column names making up at
    /// least half of the non-empty cells, and no cell that starts like a numbered item.
    static func isHeader(_ cells: [String]) -> Bool {
        let nonEmpty = cells.filter { !$0.isEmpty }
        guard nonEmpty.count >= 2 else { return false }
        // Header cells are short names; a numbered cell («19.», «2.1. Диагностика») is data.
        if nonEmpty.contains(where: {
            $0.utf8.count > 160 || ActivityNumber.split($0) != nil || ImportText.words($0).count > 6
        }) {
            return false
        }
        let recognised = nonEmpty.filter { ColumnRole.recognise($0) != .other }
        let years = nonEmpty.filter {
            if case .year = ColumnRole.recognise($0) { true } else { false }
        }
        guard recognised.count >= 2, recognised.count * 2 >= nonEmpty.count else { return false }
        // A row of years alone is data, not a header.
        guard recognised.count > years.count else { return false }
        return true
    }

    /// Same columns (a header repeated after a page break).
    func sameColumns(as other: TableColumns) -> Bool {
        names.map(ImportText.key) == other.names.map(ImportText.key)
    }
}
