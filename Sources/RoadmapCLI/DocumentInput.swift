import Foundation
import RoadmapKit

/// The text of a roadmap document given on the command line: a Word document through
/// `DocumentText` (its own errors), any other file decoded strictly (an encoding error names the
/// file and line, and stops the command before it writes).
enum DocumentInput {
    static func text(_ data: Data, path: String, fileName: String) throws -> String {
        if DocumentText.isWordDocument(data, fileName: fileName) {
            return try DocumentText.read(data, fileName: fileName)
        }
        return try TextDecoding.decodeStrictly(data, fileName: path).text
    }
}
