import Foundation

/// The parsed schedule of every activity of one workspace: each distinct (schedule text, period)
/// parsed once, and each activity's entry found once, so that validation and compliance read
/// schedules by position instead of hashing every text again in each pass.
///
/// Built on all cores: a few long runs of roadmaps each intern their texts by UTF-8 bytes
/// (`ByteKeyTable`), the runs' tables are merged, and the distinct texts are parsed in parallel.
/// 4,000 generated school roadmaps hold some 300,000 activities and 15,000 distinct texts.
///
/// An index describes the workspace it was built from; after a roadmap changes, build a new one.
/// A roadmap whose activity count no longer matches its entries is not served (`entries(of:in:)`
/// returns `nil`), and callers then parse through a `ScheduleMemo`.
public struct ScheduleIndex: Sendable {
    /// The distinct schedules.
    let schedules: [Schedule]
    /// `Schedule.isMeasurable` per entry.
    package let measurable: [Bool]
    /// `Schedule.occurrences` per entry.
    package let occurrences: [[Occurrence]]
    /// `Schedule.warnings` per entry.
    package let warnings: [[ScheduleWarning]]
    private let plan: [Int32]?
    private let municipal: [MunicipalityID: [Int32]]
    private let school: [SchoolID: [Int32]]

    /// Indexes every roadmap of `workspace` (regional plan, municipal and school roadmaps).
    public init(_ workspace: Workspace) {
        var owners: [Owner] = []
        var roadmaps: [Roadmap] = []
        owners.reserveCapacity(1 + workspace.municipalRoadmaps.count + workspace.schoolRoadmaps.count)
        roadmaps.reserveCapacity(owners.capacity)
        if let plan = workspace.regionalPlan {
            owners.append(.region)
            roadmaps.append(plan)
        }
        for (id, roadmap) in workspace.municipalRoadmaps {
            owners.append(.municipality(id))
            roadmaps.append(roadmap)
        }
        for (id, roadmap) in workspace.schoolRoadmaps {
            owners.append(.school(id))
            roadmaps.append(roadmap)
        }

        // 1. Each run interns its roadmaps' texts under a run-local period number.
        let tasks = max(1, min(roadmaps.count, ProcessInfo.processInfo.activeProcessorCount * 2))
        let runs = (0..<tasks).map { t in roadmaps.count * t / tasks..<roadmaps.count * (t + 1) / tasks }
        let all = roadmaps
        let partials = ParallelMap.map(runs) { run in Self.intern(all[run]) }

        // 2. The runs' tables merged into one; each run's local ids mapped to global ones.
        var table = ByteKeyTable()
        var periods: [Period] = []
        var remaps: [[Int32]] = []
        remaps.reserveCapacity(partials.count)
        for partial in partials {
            var remap: [Int32] = []
            remap.reserveCapacity(partial.table.count)
            for local in 0..<partial.table.count {
                let period = partial.periods[Int(partial.table.parents[local])]
                let parent = Self.number(of: period, in: &periods)
                remap.append(partial.table.key(Int32(local)).withUnsafeBufferPointer { table.intern($0, parent: parent) })
            }
            remaps.append(remap)
        }

        // 3. Each distinct text parsed once, on all cores.
        let keys = table
        let knownPeriods = periods
        let schedules = ParallelMap.map(Array(0..<keys.count)) { id in
            ScheduleParser(period: knownPeriods[Int(keys.parents[id])]).parse(keys.string(Int32(id)))
        }
        self.schedules = schedules
        measurable = schedules.map(\.isMeasurable)
        occurrences = schedules.map(\.occurrences)
        warnings = schedules.map(\.warnings)

        // 4. Every roadmap's entries in global ids.
        var plan: [Int32]?
        var municipal: [MunicipalityID: [Int32]] = [:]
        var school: [SchoolID: [Int32]] = [:]
        municipal.reserveCapacity(workspace.municipalRoadmaps.count)
        school.reserveCapacity(workspace.schoolRoadmaps.count)
        for (r, run) in runs.enumerated() {
            let remap = remaps[r]
            for (offset, i) in run.enumerated() {
                let entries = partials[r].entries[offset].map { remap[Int($0)] }
                switch owners[i] {
                case .region: plan = entries
                case .municipality(let id): municipal[id] = entries
                case .school(let id): school[id] = entries
                }
            }
        }
        self.plan = plan
        self.municipal = municipal
        self.school = school
    }

    /// The entries of the roadmap stored for `owner`, one per activity in section order; `nil` when
    /// the workspace had no such roadmap or `roadmap` no longer has as many activities.
    package func entries(of owner: Owner, in roadmap: Roadmap) -> [Int32]? {
        let entries: [Int32]?
        switch owner {
        case .region: entries = plan
        case .municipality(let id): entries = municipal[id]
        case .school(let id): entries = school[id]
        }
        guard let entries, entries.count == roadmap.sections.reduce(0, { $0 + $1.activities.count }) else { return nil }
        return entries
    }

    /// The parsed schedule of entry `id`.
    func schedule(_ id: Int32) -> Schedule { schedules[Int(id)] }

    /// How many distinct (text, period) pairs the workspace holds.
    package var count: Int { schedules.count }

    /// One run's texts interned under run-local ids.
    private struct Partial: Sendable {
        var table = ByteKeyTable()
        var periods: [Period] = []
        /// Per roadmap of the run, one local id per activity.
        var entries: [[Int32]] = []
    }

    private static func intern(_ roadmaps: ArraySlice<Roadmap>) -> Partial {
        var partial = Partial()
        partial.entries.reserveCapacity(roadmaps.count)
        for roadmap in roadmaps {
            let parent = number(of: roadmap.period, in: &partial.periods)
            var entries: [Int32] = []
            entries.reserveCapacity(roadmap.sections.reduce(0) { $0 + $1.activities.count })
            for section in roadmap.sections {
                // Read in place: copying an `Activity` costs a dozen retains.
                section.activities.withUnsafeBufferPointer { activities in
                    for a in activities.indices {
                        var text = activities[a].schedule
                        entries.append(text.withUTF8 { partial.table.intern($0, parent: parent) })
                    }
                }
            }
            partial.entries.append(entries)
        }
        return partial
    }

    /// The position of `period` in `periods`, appending it when new (a workspace has one or two).
    private static func number(of period: Period, in periods: inout [Period]) -> Int32 {
        if let known = periods.firstIndex(of: period) { return Int32(known) }
        periods.append(period)
        return Int32(periods.count - 1)
    }
}
