/// The printable «Дорожная карта ОО»: a school roadmap as a table with the columns № / Мероприятие /
/// Сроки / Ответственный / Показатель / Форма отчётного документа, grouped by section.
package enum SkeletonRendering {
    /// Printable formats.
    package enum Format: String, Hashable, Sendable, CaseIterable {
        case markdown = "md"
        case csv
        case html
    }

    /// The column headings, in Russian as the printed document has them.
    package static let header = ["№", "Мероприятие", "Сроки", "Ответственный", "Показатель", "Форма отчётного документа"]

    /// One line of the table: a section heading or an activity.
    enum Line {
        case section(String)
        case activity([String])
    }

    /// The document title lines: «Дорожная карта ОО», the school and the period.
    static func titleLines(_ roadmap: Roadmap, schoolName: String) -> [String] {
        ["Дорожная карта ОО", schoolName, "Период: \(roadmap.period.canonicalText)"]
    }

    static func lines(_ roadmap: Roadmap) -> [Line] {
        var result: [Line] = []
        for section in roadmap.sections {
            if !section.title.isEmpty { result.append(.section(section.title)) }
            for a in section.activities {
                result.append(
                    .activity([
                        a.number ?? a.id, a.title, a.schedule, a.executors, a.indicator ?? "",
                        a.documents.joined(separator: "; "),
                    ]))
            }
        }
        return result
    }

    /// Renders a school roadmap in a printable format.
    package static func render(_ roadmap: Roadmap, schoolName: String, format: Format) -> String {
        switch format {
        case .markdown: markdown(roadmap, schoolName: schoolName)
        case .csv: csv(roadmap, schoolName: schoolName)
        case .html: html(roadmap, schoolName: schoolName)
        }
    }
}
