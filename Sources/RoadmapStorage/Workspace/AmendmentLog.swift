import Foundation

/// `amendments.json` at the workspace root: every `roadmap amend`, oldest first. Only appended to.
package struct AmendmentLog: Hashable, Sendable, Codable {
    package var amendments: [Amendment]

    package init(amendments: [Amendment] = []) { self.amendments = amendments }

    /// The file's name in the workspace directory.
    package static let fileName = "amendments.json"

    /// The log of the workspace at `directory`; empty when the file does not exist yet. A file that
    /// cannot be read or decoded is an error naming it (nothing is written over it).
    package static func load(workspace directory: URL) throws(WorkspaceError) -> AmendmentLog {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return AmendmentLog() }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: fileName, reason: FileProblem(error).reason)
        }
        return try JSONFileCodec.decodeVersioned(AmendmentLog.self, from: data, path: fileName)
    }

    /// Writes the log atomically (temporary file, then rename).
    package func write(workspace directory: URL) throws(WorkspaceError) {
        let data: Data
        do { data = try JSONFileCodec.encode(VersionedFile(self)) } catch {
            throw .writeFailed(path: Self.fileName, reason: "\(error)")
        }
        try AtomicFile.write(data, to: directory.appendingPathComponent(Self.fileName))
    }

    /// The amendments of the items of an explained chain (regional, municipal, school), oldest first.
    package func concerning(_ explanation: CascadeExplanation, municipality: MunicipalityID?) -> [Amendment] {
        let items: [(Owner, String)] = explanation.steps.compactMap { step in
            switch step.level {
            case .region: (.region, step.activity.id)
            case .municipality: municipality.map { (.municipality($0), step.activity.id) }
            case .school: (.school(explanation.school), step.activity.id)
            }
        }
        return amendments.filter { amendment in items.contains { $0.0 == amendment.owner && $0.1 == amendment.activity } }
    }

    /// The amendments of one activity, oldest first.
    package func of(_ owner: Owner, activity: String) -> [Amendment] {
        amendments.filter { $0.owner == owner && $0.activity == activity }
    }
}

extension Workspace {
    /// Why `amendingSchedule` refused.
    package enum AmendError: Error, Hashable, Sendable {
        case noRoadmap(String)
        case unknownActivity(String)
        case emptyReason
        case emptySchedule

        package var message: LocalizedText {
            switch self {
            case .noRoadmap(let reference):
                LocalizedText(
                    ru: "\(reference): нет такой дорожной карты в рабочей области", en: "\(reference): no such roadmap in the workspace")
            case .unknownActivity(let reference):
                LocalizedText(
                    ru: "\(reference): нет такого мероприятия (нужен id мероприятия)",
                    en: "\(reference): no such activity (expected its id)")
            case .emptyReason:
                LocalizedText(ru: "поправке нужна причина", en: "an amendment needs a reason")
            case .emptySchedule:
                LocalizedText(ru: "новый срок пуст", en: "the new schedule is empty")
            }
        }
    }

    /// The roadmap with the activity's schedule replaced, and the amendment that records it.
    package func amendingSchedule(
        of owner: Owner, activity id: String, to schedule: String, reason: String, order: String? = nil,
        by: String? = nil, on date: LocalDate
    ) throws(AmendError) -> (roadmap: Roadmap, amendment: Amendment) {
        let reference = Amendment(owner: owner, activity: id, field: "", previous: "", value: "", reason: "", on: date)
            .reference
        guard var roadmap = roadmap(of: owner) else { throw .noRoadmap(reference) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let schedule = schedule.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .emptyReason }
        guard !schedule.isEmpty else { throw .emptySchedule }
        for s in roadmap.sections.indices {
            if let a = roadmap.sections[s].activities.firstIndex(where: { $0.id == id }) {
                let previous = roadmap.sections[s].activities[a].schedule
                roadmap.sections[s].activities[a].schedule = schedule
                let amendment = Amendment(
                    owner: owner, activity: id, field: "schedule", previous: previous, value: schedule, reason: reason,
                    order: order.flatMap { $0.isEmpty ? nil : $0 }, by: by.flatMap { $0.isEmpty ? nil : $0 }, on: date)
                return (roadmap, amendment)
            }
        }
        throw .unknownActivity(reference)
    }
}

extension WorkspaceStore {
    /// Saves an amended roadmap and the log with `amendment` appended, together (both staged, then
    /// renamed): the roadmap never changes without its record.
    package func record(_ amendment: Amendment, roadmap: Roadmap, log: AmendmentLog) throws(WorkspaceError) {
        var log = log
        log.amendments.append(amendment)
        let logData: Data
        do { logData = try JSONFileCodec.encode(VersionedFile(log)) } catch {
            throw .writeFailed(path: AmendmentLog.fileName, reason: "\(error)")
        }
        let roadmapURL = directory.appendingPathComponent(try WorkspaceLayout.roadmapPath(roadmap.owner))
        try AtomicFile.writeAll([
            (roadmapURL, Self.encodeRoadmap(roadmap)), (directory.appendingPathComponent(AmendmentLog.fileName), logData),
        ])
    }
}
