import Foundation

/// Adding an imported roadmap document to a workspace (`roadmap import FILE --workspace DIR`):
/// the owner is checked against the register, an existing roadmap is kept unless replaced, the
/// roadmap is written, and what it means for the cascade is settled and returned.
package enum WorkspaceImport {
    /// What to import, for whom.
    package struct Request: Sendable {
        package var text: String
        package var fileName: String
        package var owner: Owner
        /// The document's period; `nil`: the document's own, else the workspace's.
        package var period: Period?
        /// Whether an existing roadmap of the owner is replaced.
        package var replace: Bool

        package init(text: String, fileName: String, owner: Owner, period: Period?, replace: Bool) {
            self.text = text
            self.fileName = fileName
            self.owner = owner
            self.period = period
            self.replace = replace
        }
    }

    /// What was written and what the cascade made of it.
    package struct Outcome: Sendable {
        /// The roadmap's path inside the workspace.
        package var path: String
        package var imported: ImportedDocument
        /// For a regional plan: the rules it settled (written back to the settings when they changed).
        package var planRules: PlanRules?
        /// A municipal or school roadmap whose period is not the workspace's.
        package var periodMismatch: Finding?
        /// A municipal roadmap's executor wordings the rules do not know, once each.
        package var unknownWordings: [UnknownWording]
    }

    /// A roadmap of the owner exists already and `replace` was not asked for.
    package struct Exists: Error, Sendable {
        /// The roadmap's path inside the workspace.
        package var path: String

        /// The message in both languages; the CLI adds how to replace it.
        package var message: LocalizedText {
            LocalizedText(ru: "\(path) уже существует", en: "\(path) already exists")
        }
    }

    /// Imports into `workspace` (loaded from `store`, which the caller holds locked). Throws
    /// `UnknownUnit`, `Exists`, `ImportError` or `WorkspaceError`; nothing is written before the
    /// document imported.
    package static func run(_ request: Request, into workspace: Workspace, store: WorkspaceStore) throws -> Outcome {
        let project = RoadmapProject(workspace: workspace, directory: store.directory)
        var request = request
        switch request.owner {
        case .region: break
        case .municipality(let id): _ = try project.municipality(id)
        // A school may be named as people write it; the roadmap is stored under its id.
        case .school(let id): request.owner = .school(try project.school(named: id.rawValue).id)
        }
        let relative = try WorkspaceLayout.roadmapPath(request.owner)
        let target = store.directory.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: target.path), !request.replace { throw Exists(path: relative) }
        let imported: ImportedDocument
        do {
            imported = try RoadmapImporter.importDocument(
                text: request.text, fileName: request.fileName, owner: request.owner, period: request.period,
                calendar: workspace.settings.schoolCalendar)
        } catch ImportError.noPeriod {
            // The document states no period: the workspace's applies.
            imported = try RoadmapImporter.importDocument(
                text: request.text, fileName: request.fileName, owner: request.owner, period: workspace.settings.period,
                calendar: workspace.settings.schoolCalendar)
        }
        var roadmap = imported.roadmap
        let schools: [School]
        if case .municipality(let id) = request.owner { schools = workspace.schools(in: id) } else { schools = workspace.units.schools }
        ResponsibleSchools.resolve(&roadmap, schools: schools)
        try store.write(roadmap: roadmap)
        var outcome = Outcome(path: relative, imported: imported, planRules: nil, periodMismatch: nil, unknownWordings: [])
        switch roadmap.owner {
        case .region:
            let planRules = PlanRules(plan: roadmap, rules: workspace.settings.rules)
            if planRules.rules != workspace.settings.rules {
                var settings = workspace.settings
                settings.rules = planRules.rules
                try store.write(settings: settings)
            }
            outcome.planRules = planRules
        case .municipality(let id):
            outcome.periodMismatch = PeriodMismatch.finding(roadmap, workspacePeriod: workspace.settings.period, file: relative)
            outcome.unknownWordings = UnknownWording.find(
                in: roadmap, rules: workspace.settings.rules, schools: workspace.schools(in: id))
        case .school:
            outcome.periodMismatch = PeriodMismatch.finding(roadmap, workspacePeriod: workspace.settings.period, file: relative)
        }
        return outcome
    }
}
