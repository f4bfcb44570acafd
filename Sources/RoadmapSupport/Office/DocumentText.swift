import Foundation

/// A roadmap document's text for the importer, whatever file it came in: a Word document
/// (.docx, or any file with zip content) is read with `DocxReader`, anything else is decoded as
/// text (UTF-8 or Windows-1251).
package enum DocumentText {
    /// Whether the file is read as a Word document.
    package static func isWordDocument(_ data: Data, fileName: String) -> Bool {
        let lowered = fileName.lowercased()
        return lowered.hasSuffix(".docx") || lowered.hasSuffix(".docm") || ZipReader.looksLikeZip(data)
    }

    /// The document's text.
    package static func read(_ data: Data, fileName: String) throws(DocxReadError) -> String {
        if isWordDocument(data, fileName: fileName) { return try DocxReader.text(data, fileName: fileName) }
        return TextDecoding.decode(data).text
    }
}
