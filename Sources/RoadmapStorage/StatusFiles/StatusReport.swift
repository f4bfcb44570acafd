/// The result of the flat status path: figures per school, municipality and region, and every row
/// that could not be read.
package struct StatusReport: Hashable, Sendable {
    /// One unit's figures. `municipality` is `nil` for a region, `school` is `nil` above a school.
    package struct Unit: Hashable, Sendable {
        package var region: String
        package var municipality: String?
        package var school: String?
        package var counts: StatusCounts

        package init(region: String, municipality: String? = nil, school: String? = nil, counts: StatusCounts) {
            self.region = region
            self.municipality = municipality
            self.school = school
            self.counts = counts
        }

        /// The unit's level.
        package var level: Level { school != nil ? .school : municipality != nil ? .municipality : .region }
    }

    /// The date the figures are computed as of.
    package var asOf: LocalDate
    package var checkpoints: [DatedCheckpoint]
    /// Regions, sorted by id.
    package var regions: [Unit]
    /// Municipalities, sorted by region then municipality id.
    package var municipalities: [Unit]
    /// Schools, sorted by region, municipality, school id.
    package var schools: [Unit]
    /// Data rows read (excluding the header and blank lines), malformed ones included.
    package var rowCount: Int
    /// Rows that could not be read, in line order (at most `StatusFile.problemLimit`).
    package var problems: [StatusProblem]
    /// How many rows were malformed in all (may exceed `problems.count`).
    package var problemCount: Int

    package init(
        asOf: LocalDate, checkpoints: [DatedCheckpoint], regions: [Unit], municipalities: [Unit], schools: [Unit],
        rowCount: Int, problems: [StatusProblem], problemCount: Int
    ) {
        self.asOf = asOf
        self.checkpoints = checkpoints
        self.regions = regions
        self.municipalities = municipalities
        self.schools = schools
        self.rowCount = rowCount
        self.problems = problems
        self.problemCount = problemCount
    }

    /// The units of one level.
    package func units(_ level: Level) -> [Unit] {
        switch level {
        case .region: regions
        case .municipality: municipalities
        case .school: schools
        }
    }

    /// The zone of checkpoint `index` for `counts`; `nil` (pending, «ожидается») when its date is
    /// after the as-of date.
    package func zone(_ index: Int, _ counts: StatusCounts) -> Zone? {
        let checkpoint = checkpoints[index]
        if checkpoint.date > asOf { return nil }
        return checkpoint.zone(for: counts.checkpointPercent(index))
    }
}

extension Zone {
    /// A checkpoint's zone as the flat status report prints it; `nil` is «ожидается» (pending).
    package static func word(_ zone: Zone?, _ language: Language) -> String {
        zone?.name(language) ?? (language == .ru ? "ожидается" : "pending")
    }
}

/// A row of a status file that could not be read: its 1-based line and what was wrong.
package struct StatusProblem: Hashable, Sendable, CustomStringConvertible {
    package enum Kind: String, Hashable, Sendable, Codable {
        /// Not six columns.
        case columnCount = "column-count"
        /// A date that is not `YYYY-MM-DD` or does not exist (2023-02-31).
        case badDate = "bad-date"
        /// An empty region, municipality, school or activity id.
        case emptyField = "empty-field"
        /// A quoted field that is not closed on its line.
        case badQuoting = "bad-quoting"
    }

    package var line: Int
    package var kind: Kind
    package var message: LocalizedText

    package init(line: Int, kind: Kind, ru: String, en: String) {
        self.line = line
        self.kind = kind
        self.message = LocalizedText(ru: ru, en: en)
    }

    /// `line 12: [bad-date] …` in a language.
    package func formatted(file: String, _ language: Language) -> String {
        "\(file):\(line): error: [\(kind.rawValue)] \(message.text(language))"
    }

    package var description: String { "line \(line): [\(kind.rawValue)] \(message.en)" }
}

/// A status file that cannot be evaluated at all (unreadable, wrong header).
package enum StatusFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case badHeader(path: String, found: String)

    package var description: String { message.en }

    /// The message in both languages.
    package var message: LocalizedText {
        switch self {
        case .unreadable(let path, let reason):
            LocalizedText(ru: "\(path): файл не прочитан: \(reason)", en: "\(path): cannot read: \(reason)")
        case .badHeader(let path, let found):
            LocalizedText(
                ru: "\(path):1: ожидался заголовок \(StatusFile.header.joined(separator: ",")), а в файле «\(found)»",
                en: "\(path):1: expected the header \(StatusFile.header.joined(separator: ",")), found \"\(found)\"")
        }
    }
}
