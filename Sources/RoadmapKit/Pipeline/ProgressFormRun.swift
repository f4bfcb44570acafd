import Foundation

/// `roadmap progress form` as a library call: one form per school of a municipality (or the
/// schools asked for), from each school's roadmap in the workspace — the roadmap `skeleton` made
/// from the cascade, with what the school added — written into a directory as `<school-id>.xlsx`
/// (or `.csv`).
///
/// Everything is checked before anything is written: every school must exist in the municipality,
/// have a file-safe id and a roadmap, and no form file may exist already (a school may have filled
/// it) unless `force` is set. The files are then written together (`AtomicFile.writeAll`).
package enum ProgressFormRun {
    package enum Format: String, Hashable, Sendable, CaseIterable {
        case xlsx, csv
    }

    package struct Request: Sendable {
        package var municipality: MunicipalityID
        /// Schools to write; empty = every school of the municipality.
        package var schools: [SchoolID]
        package var format: Format
        package var directory: URL
        /// Replace form files that exist already.
        package var force: Bool
        package var language: Language

        package init(
            municipality: MunicipalityID, schools: [SchoolID] = [], format: Format = .xlsx, directory: URL, force: Bool = false,
            language: Language = .ru
        ) {
            self.municipality = municipality
            self.schools = schools
            self.format = format
            self.directory = directory
            self.force = force
            self.language = language
        }
    }

    /// One form written.
    package struct Output: Hashable, Sendable {
        package var school: SchoolID
        package var file: URL
        /// Rows to fill (activities, and occurrences of recurring ones).
        package var rows: Int
    }

    /// Why no form was written.
    package enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case unknownMunicipality(String)
        case unknownSchool(String, municipality: String)
        case unsafeID(String)
        case noRoadmap(school: String, municipality: String)
        /// Form files that exist already (without `force`).
        case exists([String])
        case write(String)

        package var description: String { message.en }

        package var message: LocalizedText {
            switch self {
            case .unknownMunicipality(let id):
                LocalizedText(ru: "муниципалитета «\(id)» нет в units.json", en: "no municipality \"\(id)\" in units.json")
            case .unknownSchool(let id, let municipality):
                LocalizedText(
                    ru: "школы «\(id)» нет среди школ муниципалитета «\(municipality)» в units.json",
                    en: "no school \"\(id)\" among the schools of municipality \"\(municipality)\" in units.json")
            case .unsafeID(let id):
                LocalizedText(
                    ru: "id «\(id)» нельзя использовать как имя файла", en: "id \"\(id)\" cannot be used as a file name")
            case .noRoadmap(let school, _):
                LocalizedText(
                    ru:
                        "у школы «\(school)» нет дорожной карты в рабочей папке (roadmaps/schools/\(school).json)",
                    en:
                        "school \"\(school)\" has no roadmap in the workspace (roadmaps/schools/\(school).json)"
                )
            case .exists(let paths):
                LocalizedText(
                    ru:
                        "файлы уже есть и могут быть заполнены школой, ничего не записано: \(paths.joined(separator: ", "))",
                    en:
                        "files exist already and may have been filled by a school, nothing was written: \(paths.joined(separator: ", "))"
                )
            case .write(let reason): LocalizedText(ru: reason, en: reason)
            }
        }
    }

    package static func run(_ request: Request, workspace: Workspace) throws(Failure) -> [Output] {
        let municipality = request.municipality
        guard let unit = workspace.municipality(municipality) else { throw .unknownMunicipality(municipality.rawValue) }
        let scope = workspace.schools(in: municipality)
        var schools: [School] = []
        if request.schools.isEmpty {
            schools = scope
        } else {
            for id in request.schools where !schools.contains(where: { $0.id == id }) {
                guard let school = scope.first(where: { $0.id == id }) else {
                    throw .unknownSchool(id.rawValue, municipality: municipality.rawValue)
                }
                schools.append(school)
            }
        }
        let schedules = ScheduleIndex(calendar: workspace.settings.schoolCalendar)
        var files: [(url: URL, data: Data)] = []
        var outputs: [Output] = []
        var existing: [String] = []
        for school in schools {
            guard school.id.isSafeFileName else { throw .unsafeID(school.id.rawValue) }
            guard let roadmap = workspace.schoolRoadmaps[school.id] else {
                throw .noRoadmap(school: school.id.rawValue, municipality: municipality.rawValue)
            }
            let form = ProgressForm(school: school, municipalityName: unit.name, roadmap: roadmap, schedules: schedules)
            let url = request.directory.appendingPathComponent("\(school.id.rawValue).\(request.format.rawValue)")
            if FileManager.default.fileExists(atPath: url.path) { existing.append(url.path) }
            let data: Data
            switch request.format {
            case .csv: data = Data(form.csv(request.language).utf8)
            case .xlsx:
                do throws(ZipWriter.Failure) { data = try form.workbook(request.language).data() } catch {
                    throw .write(error.description)
                }
            }
            files.append((url, data))
            outputs.append(Output(school: school.id, file: url, rows: form.rows.count))
        }
        if !existing.isEmpty, !request.force { throw .exists(existing) }
        do throws(WorkspaceError) { try AtomicFile.writeAll(files) } catch { throw .write(error.description) }
        return outputs
    }
}
