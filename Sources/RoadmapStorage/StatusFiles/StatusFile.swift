import Dispatch
import Foundation

/// The flat status path: one CSV of `region,municipality,school,activity_id,due_date,done_date`
/// rows (ISO dates; an empty `done_date` means not done) → figures per school, municipality and region.
///
/// This is the form national exports take. The file is mapped into memory, split at a line
/// boundary into one chunk per core, each chunk parsed in place and aggregated into flat counters
/// (`StatusChunkParser`), and the chunks merged. Malformed rows are reported with their line
/// number (`StatusReport.problems`), never dropped silently. The delimiter is `,` or `;`, taken
/// from the header; a UTF-8 byte-order mark is skipped.
package enum StatusFile {
    /// The required columns, in order.
    package static let header = ["region", "municipality", "school", "activity_id", "due_date", "done_date"]
    /// How many malformed rows a report lists in full (all are counted).
    package static let problemLimit = 1000

    /// Evaluates the file at `path` as of a date.
    package static func evaluate(
        path: String, asOf: LocalDate, checkpoints: [DatedCheckpoint], chunks: Int? = nil
    ) throws(StatusFileError) -> StatusReport {
        let file = try MappedFile(path: path)
        // The mapping is unmapped when `file` is released: keep it alive while its bytes are read.
        return try withExtendedLifetime(file) { () throws(StatusFileError) -> StatusReport in
            try evaluate(bytes: file.bytes, name: path, asOf: asOf, checkpoints: checkpoints, chunks: chunks)
        }
    }

    /// Evaluates CSV bytes (`name` is used in messages).
    package static func evaluate(
        bytes: UnsafeRawBufferPointer, name: String, asOf: LocalDate, checkpoints: [DatedCheckpoint],
        chunks requested: Int? = nil
    ) throws(StatusFileError) -> StatusReport {
        let all = bytes.bindMemory(to: UInt8.self)
        guard let base = all.baseAddress, !all.isEmpty else { throw .badHeader(path: name, found: "") }
        var start = 0
        if all.count >= 3, all[0] == 0xEF, all[1] == 0xBB, all[2] == 0xBF { start = 3 }
        var headerEnd = start
        while headerEnd < all.count, all[headerEnd] != UInt8(ascii: "\n") { headerEnd += 1 }
        let headerText = String(decoding: all[start..<headerEnd], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard let delimiter = headerDelimiter(headerText) else { throw .badHeader(path: name, found: headerText) }
        let bodyStart = min(headerEnd + 1, all.count)

        // Small inputs are not worth a second thread; `chunks` forces a count (tests use it).
        let count = max(1, requested ?? (all.count - bodyStart < 1 << 16 ? 1 : ProcessInfo.processInfo.activeProcessorCount))
        let bounds = split(base, from: bodyStart, to: all.count, into: count)
        let parser = StatusChunkParser(
            base: base, end: all.count, delimiter: delimiter, asOf: StatusChunkParser.packed(asOf),
            cutoffs: checkpoints.map { StatusChunkParser.packed(min($0.date, asOf)) }, problemLimit: problemLimit)
        let results = (0..<bounds.count - 1).map { _ in StatusChunk(checkpoints: checkpoints.count) }
        DispatchQueue.concurrentPerform(iterations: results.count) { index in
            var chunkParser = parser
            chunkParser.end = bounds[index + 1]
            chunkParser.parse(from: bounds[index], into: results[index])
        }
        return StatusMerge.report(results, asOf: asOf, checkpoints: checkpoints, firstLine: 2)
    }

    /// `,` or `;` when the header names the six columns (case-insensitive, spaces trimmed).
    static func headerDelimiter(_ text: String) -> UInt8? {
        for delimiter in [",", ";"] {
            let names = text.split(separator: Character(delimiter), omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if names == header { return UInt8(ascii: delimiter == "," ? "," : ";") }
        }
        return nil
    }

    /// Chunk boundaries: `count + 1` offsets, each inner one just after a newline.
    static func split(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, into count: Int) -> [Int] {
        var bounds = [start]
        for k in 1..<max(count, 1) {
            var cut = max(start + (end - start) * k / count, bounds.last!)
            while cut < end, base[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            bounds.append(cut)
        }
        bounds.append(end)
        return bounds
    }
}
