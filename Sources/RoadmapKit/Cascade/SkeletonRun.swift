import Foundation

/// `roadmap skeleton` as a library call: builds the skeletons of a municipality's schools, merges
/// each with the file it will replace, and writes only files whose bytes change (atomically).
public enum SkeletonRun {
    /// Output formats: the workspace JSON, or a printable «Дорожная карта ОО».
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case json, md, csv, html

        var printable: SkeletonRendering.Format? {
            switch self {
            case .json: nil
            case .md: .markdown
            case .csv: .csv
            case .html: .html
            }
        }
    }

    /// What to generate and where.
    public struct Request: Sendable {
        public var municipality: MunicipalityID
        /// Schools to generate; empty = every school of the municipality.
        public var schools: [SchoolID]
        public var format: Format
        /// Where files go; `nil` = the workspace (json: roadmaps/schools/<id>.json).
        public var outputDirectory: URL?

        public init(municipality: MunicipalityID, schools: [SchoolID] = [], format: Format = .json, outputDirectory: URL? = nil) {
            self.municipality = municipality
            self.schools = schools
            self.format = format
            self.outputDirectory = outputDirectory
        }
    }

    /// What happened to one school.
    public struct Output: Sendable {
        public var result: SkeletonResult
        /// The file written or left as it was (`nil` when the text is returned instead).
        public var file: URL?
        public var changed: Bool
        /// Printable text when there is no output directory and the format is not json.
        public var text: String?
    }

    /// Why a run could not start or finish.
    public enum Failure: Error, CustomStringConvertible {
        case cascade(CascadeError)
        case unsafeID(String)
        case unreadableTarget(path: String, reason: String)
        case write(WorkspaceError)

        public var description: String { message.en }

        /// The message in both languages.
        public var message: LocalizedText {
            switch self {
            case .cascade(let e): e.message
            case .unsafeID(let id):
                LocalizedText(
                    ru: "id «\(id)» нельзя использовать как имя файла", en: "id \"\(id)\" cannot be used as a file name")
            case .unreadableTarget(let path, let reason):
                LocalizedText(
                    ru: "\(path): существующая дорожная карта не прочитана, поэтому не перезаписана: \(reason)",
                    en: "\(path): the existing roadmap could not be read, so it was not overwritten: \(reason)")
            case .write(let e): LocalizedText(ru: e.description, en: e.description)
            }
        }
    }

    /// Runs a request over a loaded workspace found at `workspaceDirectory`.
    public static func run(_ request: Request, workspace: Workspace, workspaceDirectory: URL) throws(Failure) -> [Output] {
        let engine: CascadeEngine
        let builder: SkeletonBuilder
        do throws(CascadeError) {
            engine = try CascadeEngine(workspace: workspace)
            builder = try SkeletonBuilder(engine: engine, municipality: request.municipality)
        } catch {
            throw .cascade(error)
        }
        let all = workspace.schools(in: request.municipality)
        var schools: [School] = []
        if request.schools.isEmpty {
            schools = all
        } else {
            for id in request.schools {
                guard let school = all.first(where: { $0.id == id }) else {
                    throw .cascade(.unknownSchool(id.rawValue, municipality: request.municipality.rawValue))
                }
                if !schools.contains(school) { schools.append(school) }
            }
        }
        for school in schools where !school.id.isSafeFileName { throw .unsafeID(school.id.rawValue) }

        let jsonDirectory =
            request.outputDirectory
            ?? workspaceDirectory.appendingPathComponent(WorkspaceLayout.roadmapsDirectory)
            .appendingPathComponent("schools")
        // The roadmap each skeleton merges with: the file it replaces, else the workspace's.
        var existing: [SchoolID: Roadmap] = [:]
        var existingBytes: [SchoolID: Data] = [:]
        for school in schools {
            let url = jsonDirectory.appendingPathComponent(school.id.rawValue + ".json")
            if let data = FileManager.default.contents(atPath: url.path) {
                do throws(WorkspaceError) {
                    existing[school.id] = try WorkspaceStore.decodeRoadmap(data, path: url.path)
                    if request.format == .json { existingBytes[school.id] = data }
                } catch {
                    throw .unreadableTarget(path: url.path, reason: error.description)
                }
            } else if let roadmap = workspace.schoolRoadmaps[school.id] {
                existing[school.id] = roadmap
            }
        }
        let snapshot = existing
        let results = builder.buildAll(schools: schools, existing: { snapshot[$0] })

        var outputs: [Output] = []
        for (school, result) in zip(schools, results) {
            if let printable = request.format.printable {
                let text = SkeletonRendering.render(result.roadmap, schoolName: school.displayName, format: printable)
                guard let directory = request.outputDirectory else {
                    outputs.append(Output(result: result, file: nil, changed: true, text: text))
                    continue
                }
                let url = directory.appendingPathComponent("\(school.id.rawValue).\(request.format.rawValue)")
                let data = Data(text.utf8)
                let changed = FileManager.default.contents(atPath: url.path) != data
                if changed { try write(data, to: url) }
                outputs.append(Output(result: result, file: url, changed: changed, text: nil))
            } else {
                let url = jsonDirectory.appendingPathComponent(school.id.rawValue + ".json")
                let data = WorkspaceStore.encodeRoadmap(result.roadmap)
                let changed = existingBytes[school.id] != data
                if changed { try write(data, to: url) }
                outputs.append(Output(result: result, file: url, changed: changed, text: nil))
            }
        }
        return outputs
    }

    static func write(_ data: Data, to url: URL) throws(Failure) {
        do throws(WorkspaceError) { try AtomicFile.write(data, to: url) } catch { throw .write(error) }
    }
}
