import Foundation

/// Reading the participating-schools list (CSV or an Excel workbook) and merging it into a
/// workspace's register (`roadmap units import`). Nothing is written: the caller writes
/// `result.register` when the result is not refused and it is not a dry run.
package enum SchoolListImport {
    /// The merge and, for a workbook, the sheet read.
    package struct Outcome: Sendable {
        package var result: UnitImportResult
        /// The workbook sheet the list came from (`nil` for CSV).
        package var sheet: String?
    }

    /// A list that could not be read.
    package enum Failure: Error, Sendable {
        /// The workbook could not be read.
        case workbook(LocalizedText)
        /// The CSV file could not be read.
        case csv(LocalizedText)
        /// A sheet was named, but the file is not a workbook.
        case sheetWithoutWorkbook

        /// The message in both languages.
        package var message: LocalizedText {
            switch self {
            case .workbook(let message), .csv(let message): message
            case .sheetWithoutWorkbook:
                LocalizedText(ru: "лист можно выбрать только в книге .xlsx", en: "a sheet can be chosen in an .xlsx workbook only")
            }
        }
    }

    /// Reads the list in `data` and merges it into `workspace`'s register.
    package static func run(_ data: Data, fileName: String, sheet: String?, into workspace: Workspace) throws -> Outcome {
        let list: SchoolList
        var sheetName: String?
        if WorkbookTable.isWorkbook(data, fileName: fileName) {
            do {
                (list, sheetName) = try SchoolList.read(workbook: data, fileName: fileName, sheet: sheet)
            } catch {
                throw Failure.workbook(error.message)
            }
        } else {
            if sheet != nil { throw Failure.sheetWithoutWorkbook }
            do { list = try SchoolList.read(data, fileName: fileName) } catch let error as CSVError {
                throw Failure.csv(error.message)
            }
        }
        let result = UnitImporter.merge(list, into: workspace.units, riskDirections: workspace.settings.riskDirections)
        return Outcome(result: result, sheet: sheetName)
    }
}
