import Dispatch
import Foundation
import RoadmapKit

/// `roadmap generate`: writes deterministic synthetic workspaces (one per region) and, optionally,
/// the same progress as one flat status CSV (`StatusFile`'s format) covering all regions.
///
/// With one region the workspace is written into the output directory itself; with several, into
/// `<output>/<region-id>/`. Schools are generated and written on all cores, every file atomically.
/// The output directory must be new or empty: nothing is overwritten.
package enum WorkspaceGenerator {
    /// What was generated.
    package struct Summary: Hashable, Sendable {
        package var regions = 0
        package var municipalities = 0
        package var schools = 0
        package var activities = 0
        package var progressRecords = 0
        /// Rows of the flat status CSV (school activities).
        package var statusRows = 0
        package var files = 0
    }

    /// Generates. `output` and `statuses` may each be `nil` (but not both: nothing to do).
    package static func generate(
        _ options: GeneratorOptions, output: URL?, statuses: URL?
    ) throws(WorkspaceError) -> Summary {
        if let output { try requireEmpty(output) }
        let layout = SyntheticLayout(options)
        var summary = Summary()
        summary.regions = layout.regions.count

        struct Job: Sendable {
            var region: Int
            var municipalIndex: Int
            var schoolIndex: Int
            var school: School
        }
        var jobs: [Job] = []
        var municipalItems: [Int: [(Int, String, String, LocalDate)]] = [:]
        for region in layout.regions {
            for unit in region.municipalities {
                municipalItems[unit.index] = SchoolDraft.municipalItems(options: options, municipality: unit.index)
                for (i, school) in unit.schools.enumerated() {
                    jobs.append(Job(region: region.index, municipalIndex: unit.index, schoolIndex: i, school: school))
                }
            }
        }
        summary.municipalities = municipalItems.count
        summary.schools = jobs.count
        let ownItems = municipalItems

        // Region-level files: settings, units, regional plan, municipal roadmaps.
        if let output {
            for region in layout.regions {
                let store = WorkspaceStore(directory: directory(output, region, options))
                let units = UnitRegister(
                    municipalities: region.municipalities.map(\.municipality),
                    schools: region.municipalities.flatMap(\.schools))
                try store.write(settings: WorkspaceSettings(region: region.info, period: .calendarYear(options.year)))
                try store.write(units: units)
                try store.write(roadmap: SyntheticRoadmaps.regionalPlan(year: options.year, region: region.info))
                summary.files += 3
                for unit in region.municipalities {
                    try store.write(
                        roadmap: SyntheticRoadmaps.municipalRoadmap(
                            year: options.year, municipality: unit.municipality, own: ownItems[unit.index] ?? []))
                    summary.files += 1
                }
            }
        }

        // Schools, in parallel chunks: roadmap + progress files, and the chunk's CSV rows.
        let regionIDs = layout.regions.map(\.info.id.rawValue)
        let directories = output.map { out in layout.regions.map { directory(out, $0, options) } }
        let chunkCount = min(jobs.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 8))
        let results = ChunkResults(count: chunkCount)
        let allJobs = jobs
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var part = ChunkResults.Part()
            for index in (allJobs.count * chunk / chunkCount)..<(allJobs.count * (chunk + 1) / chunkCount) {
                let job = allJobs[index]
                let draft = SchoolDraft(
                    options: options, school: job.school, municipalIndex: job.municipalIndex,
                    schoolIndex: job.schoolIndex, municipalItems: ownItems[job.municipalIndex] ?? [])
                part.activities += draft.items.count
                if let directories {
                    let (roadmap, log) = SyntheticRoadmaps.school(
                        job.school, draft: draft, year: options.year, reportDate: options.reportDate)
                    let store = WorkspaceStore(directory: directories[job.region])
                    do throws(WorkspaceError) {
                        try store.write(roadmap: roadmap)
                        try store.write(progress: log)
                        part.files += 2
                        part.records += log.records.count
                    } catch {
                        part.error = part.error ?? error
                    }
                }
                if statuses != nil {
                    SyntheticStatusRows.append(
                        draft, region: regionIDs[job.region], municipality: job.school.municipality.rawValue,
                        school: job.school.id.rawValue, to: &part.csv)
                    part.rows += draft.items.count
                }
            }
            results.store(part, at: chunk)
        }
        let parts = results.parts
        if let error = parts.compactMap(\.error).first { throw error }
        for part in parts {
            summary.activities += part.activities
            summary.files += part.files
            summary.progressRecords += part.records
            summary.statusRows += part.rows
        }
        if let statuses {
            var data = Data(capacity: parts.reduce(64) { $0 + $1.csv.count })
            data.append(contentsOf: Array((StatusFile.header.joined(separator: ",") + "\n").utf8))
            for part in parts { data.append(contentsOf: part.csv) }
            try AtomicFile.write(data, to: statuses)
        }
        return summary
    }

    /// Where a region's workspace goes.
    static func directory(_ output: URL, _ region: SyntheticLayout.RegionUnit, _ options: GeneratorOptions) -> URL {
        options.regions == 1 ? output : output.appendingPathComponent(region.info.id.rawValue)
    }

    static func requireEmpty(_ url: URL) throws(WorkspaceError) {
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        if !contents.isEmpty { throw .alreadyExists(path: url.path) }
    }
}

/// Per-chunk results of parallel generation, stored under a lock.
private final class ChunkResults: @unchecked Sendable {
    struct Part: Sendable {
        var activities = 0
        var records = 0
        var files = 0
        var rows = 0
        var csv: [UInt8] = []
        var error: WorkspaceError?
    }

    private var slots: [Part]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: Part(), count: count) }

    func store(_ part: Part, at index: Int) {
        lock.lock()
        slots[index] = part
        lock.unlock()
    }

    var parts: [Part] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
