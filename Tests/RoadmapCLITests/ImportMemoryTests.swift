import Foundation
import Testing

/// `roadmap import` needs memory proportional to the document (issue 20, item 16: a 50 MB
/// one-line document needed 900 MB). Each import runs as a child process whose own peak
/// resident memory is read with `wait4`.
///
/// The bound: the growth of the peak over an import of the seed's list alone is at most ten
/// times the document's size. Held at once are the file's bytes, its decoded text, the cleaned
/// line, the activity's title and the JSON printed with its text (about six copies); the rest is
/// the allocator's slack. Before the fix a one-line document grew the peak by 19–20 times its
/// size (an array of 16-byte characters and one 32-byte slice per word of the line).
@Suite struct ImportMemoryTests {
    /// The plain-text seed's activity list from its first numbered line
    /// (Tests/RoadmapKitTests/Fixtures/import/make_large_document.py builds the same inputs).
    static var activityList: String {
        get throws {
            let seed = try String(
                contentsOf: URL(fileURLWithPath: ImportCommandTests.seed("002_fc088c5c2a1b5efa.txt")), encoding: .utf8)
            let start = try #require(seed.range(of: "1.1 Анализ")).lowerBound
            return String(seed[start...])
        }
    }

    /// The list repeated to at least `size` bytes: on one line, or with its line ends.
    static func document(size: Int, oneLine: Bool) throws -> Data {
        var unit = try activityList
        if oneLine {
            unit = unit.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " "
        } else {
            unit = unit.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0.reversed().drop(while: \.isWhitespace).reversed()) }.joined(separator: "\n")
        }
        let bytes = Data(unit.utf8)
        var data = Data()
        while data.count < size { data.append(bytes) }
        data.append(0x0A)
        return data
    }

    /// The growth of the import's peak memory over the import of one copy of the list, per
    /// byte of the document.
    func growthPerByte(size: Int, oneLine: Bool) throws -> Double {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.document(size: 1, oneLine: oneLine).write(to: directory.appendingPathComponent("small.txt"))
        let large = try Self.document(size: size, oneLine: oneLine)
        try large.write(to: directory.appendingPathComponent("large.txt"))
        let small = directory.appendingPathComponent("small.txt").path
        let base = try ChildRun.run(["import", small, "--period", "2020-2021"], in: directory, output: .discarded)
        #expect(base.code == 0, "\(base.err)")
        let path = directory.appendingPathComponent("large.txt").path
        let run = try ChildRun.run(["import", path, "--period", "2020-2021"], in: directory, output: .discarded)
        #expect(run.code == 0, "\(run.err)")
        return Double(run.peakMemory - base.peakMemory) / Double(large.count)
    }

    @Test func oneLineDocumentNeedsMemoryProportionalToItsSize() throws {
        let growth = try growthPerByte(size: 3_000_000, oneLine: true)
        #expect(growth <= 10, "peak memory grew by \(growth) × the document's size")
    }

    @Test func documentOfManyLinesNeedsMemoryProportionalToItsSize() throws {
        let growth = try growthPerByte(size: 2_000_000, oneLine: false)
        #expect(growth <= 10, "peak memory grew by \(growth) × the document's size")
    }
}
