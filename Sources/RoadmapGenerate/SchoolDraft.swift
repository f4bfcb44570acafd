import Foundation
import RoadmapKit

/// One school's synthetic roadmap before it becomes files: activities with deadlines, and what
/// the school reported about each by the report date.
///
/// Drawn from its own random stream (seed, municipality, school), so schools can be generated in
/// any order, on any number of threads, with the same result. The spread of completion follows a
/// per-school diligence (55–98 %): most done items are on time, a quarter late, some missing
/// their evidence document (which then does not count as done).
struct SchoolDraft: Sendable {
    enum Source: Sendable {
        /// Derived from regional item N: id `r<N>`.
        case regional(SeedPlan.Item)
        /// Derived from municipal own item M: id `m<M>`.
        case municipal(Int, title: String, document: String)
        /// Derived from the school's k-th risk direction: id `risk<k>`.
        case risk(Int, direction: String)
        /// Added by the school itself: id = its number; the title is pattern + topic (built only for files).
        case added(pattern: Int, topic: Int, document: String?)
    }

    struct Item: Sendable {
        var id: String
        var source: Source
        var start: LocalDate?
        var due: LocalDate
        var documents: [String]
        var status: ProgressStatus
        var completedOn: LocalDate?
        var evidenceMissing: Bool

        /// Whether the item counts as done (status done with its evidence when documents are required):
        /// what the flat export writes as `done_date`.
        var countedDone: LocalDate? {
            guard status == .done, let completedOn, !(evidenceMissing && !documents.isEmpty) else { return nil }
            return completedOn
        }
    }

    var items: [Item]

    /// Municipal own items (1-based number, title, document, deadline) of a municipality.
    static func municipalItems(options: GeneratorOptions, municipality: Int) -> [(Int, String, String, LocalDate)] {
        var rng = SplitMix64(seed: options.seed, stream: 3, UInt64(municipality))
        let count = rng.int(in: 3...SyntheticNames.municipalActivities.count)
        return SyntheticNames.municipalActivities.shuffled(using: &rng).prefix(count).enumerated().map { i, item in
            let due = LocalDate(year: options.year, month: rng.int(in: 3...11), day: rng.int(in: 1...28))!
            return (i + 1, item.0, item.1, due)
        }
    }

    /// The regional item the default anti-risk programme activity implements: found, as the
    /// cascade finds it, by the programme keywords in the item's title or document.
    static let riskParent: SeedPlan.Item? = {
        let finder = ProgrammeItemFinder(keywords: CascadeRules.programmeDefaults.riskActivity.parentKeywords)
        return SeedPlan.items.first { finder.keyword(in: $0.title) != nil || finder.keyword(in: $0.document) != nil }
    }()

    /// The anti-risk programme's reporting documents, as the rules require them («Антирисковая программа»).
    static let riskDocuments = CascadeRules.programmeDefaults.riskActivity.documents

    /// Regional items a school carries out (executors name school heads or teachers).
    static let schoolItems = SeedPlan.items.filter { item in
        CascadeRules.programmeDefaults.executors.contains { rule in
            rule.role == .school && item.executors.localizedCaseInsensitiveContains(rule.phrase)
                && rule.phrase != "ОО"
        }
    }

    init(
        options: GeneratorOptions, school: School, municipalIndex: Int, schoolIndex: Int,
        municipalItems: [(Int, String, String, LocalDate)]
    ) {
        var rng = SplitMix64(seed: options.seed, stream: 4, UInt64(municipalIndex), UInt64(schoolIndex))
        let year = options.year
        let count = rng.int(in: options.activities)
        var sources: [(String, Source, LocalDate, [String])] = []
        for item in Self.schoolItems {
            let due = LocalDate(year: year, month: item.dueMonth, day: item.dueDay)!
            sources.append(("r\(item.number)", .regional(item), due, item.document.isEmpty ? [] : [item.document]))
        }
        for (number, title, document, due) in municipalItems {
            sources.append(("m\(number)", .municipal(number, title: title, document: document), due, [document]))
        }
        for (k, direction) in school.riskDirections.enumerated() {
            // The anti-risk programme implements the rules' parent item (the development programmes,
            // «15.04-15.05»): a school sets its deadline inside that window, never after it, as the
            // cascade's tightening requires.
            let due: LocalDate
            if let parent = Self.riskParent {
                let deadline = LocalDate(year: year, month: parent.dueMonth, day: parent.dueDay)!
                due = deadline.adding(days: -rng.int(in: 0...30))
            } else {
                due = LocalDate(year: year, month: rng.int(in: 5...12), day: rng.int(in: 1...28))!
            }
            sources.append(("risk\(k + 1)", .risk(k + 1, direction: direction), due, Self.riskDocuments))
        }
        let yearStart = LocalDate(year: year, month: 2, day: 1)!.dayNumber
        let yearEnd = LocalDate(year: year, month: 12, day: 20)!.dayNumber
        var number = sources.count
        while sources.count < count {
            number += 1
            let pattern = rng.int(in: 0...SyntheticNames.schoolActivityPatterns.count - 1)
            let topic = rng.int(in: 0...SyntheticNames.topics.count - 1)
            let document: String? = rng.unit() < 0.7 ? rng.pick(SyntheticNames.schoolDocuments) : nil
            let due = LocalDate(dayNumber: rng.int(in: yearStart...yearEnd))
            sources.append(("\(number)", .added(pattern: pattern, topic: topic, document: document), due, document.map { [$0] } ?? []))
        }
        let diligence = 0.55 + 0.43 * rng.unit()
        let report = options.reportDate
        let earliest = LocalDate(year: year, month: 1, day: 10)!
        items = sources.prefix(count).map { id, source, due, documents in
            var start: LocalDate?
            if case .added = source, rng.unit() < 0.5 {
                start = max(earliest, due.adding(days: -rng.int(in: 14...60)))
            }
            var status = ProgressStatus.notStarted
            var completedOn: LocalDate?
            let chance = due <= report ? diligence : diligence * 0.15
            if rng.unit() < chance {
                let onTime = rng.unit() < 0.75
                let day = onTime ? due.adding(days: -rng.int(in: 0...20)) : due.adding(days: rng.int(in: 1...40))
                let clamped = max(earliest, day)
                if clamped <= report {
                    status = .done
                    completedOn = clamped
                } else {
                    status = .inProgress
                }
            } else if (start ?? due.adding(days: -30)) <= report {
                status = rng.unit() < 0.6 ? .inProgress : .notStarted
            }
            let missing = status == .done && rng.unit() < 0.08
            return Item(
                id: id, source: source, start: start, due: due, documents: documents, status: status,
                completedOn: completedOn, evidenceMissing: missing)
        }
    }
}

extension SchoolDraft.Source {
    /// The title of an activity the school added itself, or `nil` for derived ones.
    var addedTitle: String? {
        guard case .added(let pattern, let topic, _) = self else { return nil }
        let parts = SyntheticNames.schoolActivityPatterns[pattern]
        return parts.0 + SyntheticNames.topics[topic] + parts.1
    }
}
