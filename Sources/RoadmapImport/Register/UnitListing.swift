import Foundation

/// The register as `roadmap units list` shows it: one line per municipality, then its schools,
/// each with its roadmap status.
package struct UnitListing: Hashable, Sendable {
    /// One line of the listing.
    package struct Line: Hashable, Sendable, Codable {
        package var level: Level
        package var id: String
        package var municipality: String
        package var name: String
        package var shortName: String?
        package var code: String?
        /// ШНОР.
        package var lowResults: Bool?
        /// ШССУ / ШНСУ.
        package var difficultConditions: Bool?
        package var years: [Int]?
        package var riskDirections: [String]?
        package var responsible: String?
        package var roadmap: RoadmapStatus
    }

    package var lines: [Line]

    /// The listing of a workspace, optionally of one municipality.
    package init(_ workspace: Workspace, municipality filter: MunicipalityID? = nil) {
        var lines: [Line] = []
        for m in workspace.units.municipalities where filter == nil || m.id == filter {
            lines.append(
                Line(
                    level: .municipality, id: m.id.rawValue, municipality: m.id.rawValue, name: m.name,
                    responsible: m.coordinator, roadmap: RoadmapStatus(workspace.municipalRoadmaps[m.id])))
            for s in workspace.schools(in: m.id) {
                lines.append(
                    Line(
                        level: .school, id: s.id.rawValue, municipality: m.id.rawValue, name: s.name,
                        shortName: s.shortName, code: s.code, lowResults: s.flags.lowResults,
                        difficultConditions: s.flags.difficultConditions, years: s.flags.years,
                        riskDirections: s.riskDirections, responsible: s.responsible,
                        roadmap: RoadmapStatus(workspace.schoolRoadmaps[s.id])))
            }
        }
        self.lines = lines
    }

    /// An aligned text table: municipalities flush left, their schools indented under them.
    package func table(_ language: Language) -> String {
        let header = [
            language == .ru ? "ID" : "ID", language == .ru ? "Наименование" : "Name",
            language == .ru ? "Дорожная карта" : "Roadmap",
        ]
        let rows = lines.map { line in
            [
                (line.level == .school ? "  " : "") + line.id,
                line.level == .school ? Guillemets.apply(line.shortName ?? line.name) : line.name,
                line.roadmap.text.text(language),
            ]
        }
        let widths = (0..<2).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column < 2 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) : cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// CSV with one column per field (UTF-8 with BOM and `;` when `excel`), formula-guarded.
    package func csv(excel: Bool = false) -> String {
        let header = [
            "level", "id", "municipality", "name", "shortName", "code", "lowResults", "difficultConditions", "years",
            "riskDirections", "responsible", "roadmap",
        ]
        func flag(_ value: Bool?) -> String { value.map { $0 ? "1" : "0" } ?? "" }
        let rows = lines.map { line in
            [
                line.level.rawValue, line.id, line.municipality, line.name, line.shortName ?? "", line.code ?? "",
                flag(line.lowResults), flag(line.difficultConditions),
                (line.years ?? []).map(String.init).joined(separator: ", "),
                (line.riskDirections ?? []).joined(separator: "; "), line.responsible ?? "", line.roadmap.rawValue,
            ]
        }
        return CSVWriter.write(header: header, rows: rows, delimiter: excel ? ";" : ",", byteOrderMark: excel)
    }

    /// JSON: an array of lines with stable key order.
    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(lines), as: UTF8.self) + "\n"
    }
}
