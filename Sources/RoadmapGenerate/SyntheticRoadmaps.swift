import Foundation
import RoadmapKit

/// Builds the roadmaps and progress logs of a synthetic region from its layout and drafts.
enum SyntheticRoadmaps {
    /// The regional plan: the seed plan's 32 items verbatim, in its sections.
    static func regionalPlan(year: Int, region: RegionInfo) -> Roadmap {
        var sections: [RoadmapSection] = []
        for item in SeedPlan.items {
            if sections.last?.title != item.section { sections.append(RoadmapSection(title: item.section)) }
            sections[sections.count - 1].activities.append(
                Activity(
                    id: String(item.number), number: "\(item.number).", title: item.title, schedule: item.schedule,
                    executors: item.executors, indicator: item.indicator.isEmpty ? nil : item.indicator,
                    documents: item.document.isEmpty ? [] : [item.document]))
        }
        return Roadmap(
            owner: .region, title: SeedPlan.title + " в \(year) году", period: .calendarYear(year),
            issuer: region.coordinator, order: OrderReference(number: "28/1", date: LocalDate(year: year, month: 1, day: 13)),
            sections: sections)
    }

    /// Regional items a municipality carries out (executors name municipal coordinators or authorities).
    static let municipalItems = SeedPlan.items.filter { item in
        CascadeRules.programmeDefaults.executors.contains { rule in
            rule.role == .municipality && item.executors.localizedCaseInsensitiveContains(rule.phrase)
        }
    }

    /// A municipal roadmap: items derived from the regional plan (`r<N>`), then its own items (`1`, `2` …).
    static func municipalRoadmap(
        year: Int, municipality: Municipality, own: [(Int, String, String, LocalDate)]
    ) -> Roadmap {
        let derived = municipalItems.map { item in
            Activity(
                id: "r\(item.number)", title: item.title,
                schedule: "До " + LocalDate(year: year, month: item.dueMonth, day: item.dueDay)!.russianString,
                executors: "Муниципальный координатор", documents: item.document.isEmpty ? [] : [item.document],
                implements: [ActivityLink(level: .region, activity: String(item.number))], origin: .skeleton)
        }
        let local = own.map { number, title, document, due in
            Activity(
                id: String(number), number: "\(number).", title: title, schedule: "До " + due.russianString,
                executors: "МОУО, руководители школ", documents: [document])
        }
        var roadmap = Roadmap(
            owner: .municipality(municipality.id),
            title: "Муниципальная дорожная карта по поддержке школ с низкими образовательными результатами (\(municipality.name))",
            period: .calendarYear(year), issuer: "Управление образования (\(municipality.name))",
            sections: [RoadmapSection(title: "Мероприятия регионального плана", activities: derived)])
        roadmap.sections.append(RoadmapSection(title: "Муниципальные мероприятия", activities: local))
        for (i, _) in roadmap.activities.enumerated() {
            let s = i < derived.count ? 0 : 1
            let j = i < derived.count ? i : i - derived.count
            roadmap.sections[s].activities[j].number = "\(i + 1)."
        }
        return roadmap
    }

    /// A school roadmap and its progress log from a draft.
    static func school(_ school: School, draft: SchoolDraft, year: Int, reportDate: LocalDate) -> (Roadmap, ProgressLog) {
        var activities: [Activity] = []
        var records: [ProgressRecord] = []
        activities.reserveCapacity(draft.items.count)
        for (i, item) in draft.items.enumerated() {
            let schedule =
                item.start.map { "\(LocalDate.pad($0.day, 2)).\(LocalDate.pad($0.month, 2))-\(item.due.russianString)" }
                ?? "До " + item.due.russianString
            var activity = Activity(
                id: item.id, number: "\(i + 1).", title: "", schedule: schedule, executors: "Руководитель школы",
                documents: item.documents)
            switch item.source {
            case .regional(let seed):
                activity.title = seed.title
                activity.indicator = seed.indicator.isEmpty ? nil : seed.indicator
                activity.implements = [ActivityLink(level: .region, activity: String(seed.number))]
                activity.origin = .skeleton
            case .municipal(let number, let title, _):
                activity.title = title
                activity.implements = [ActivityLink(level: .municipality, activity: String(number))]
                activity.origin = .skeleton
            case .risk(_, let direction):
                activity.title = "Реализация мер по направлению рискового профиля «\(direction)»"
                activity.origin = .skeleton
            case .added:
                activity.title = item.source.addedTitle ?? ""
                activity.origin = .added
            }
            activities.append(activity)
            guard item.status != .notStarted || item.completedOn != nil else { continue }
            var evidence: [String] = []
            if item.status == .done, !item.evidenceMissing, let document = item.documents.first,
                let date = item.completedOn
            {
                evidence = ["\(document) № \(i + 1) от \(date.russianString)"]
            }
            records.append(
                ProgressRecord(
                    activity: item.id, status: item.status, completedOn: item.completedOn, evidence: evidence,
                    reportedBy: school.responsible, reportedOn: item.completedOn ?? reportDate))
        }
        let roadmap = Roadmap(
            owner: .school(school.id), title: "Дорожная карта \(school.displayName) на \(year) год",
            period: .calendarYear(year), issuer: school.displayName,
            sections: [RoadmapSection(title: "Мероприятия", activities: activities)])
        return (roadmap, ProgressLog(owner: .school(school.id), records: records))
    }
}
