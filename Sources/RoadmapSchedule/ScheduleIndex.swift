import Foundation
import Synchronization

/// The one place schedule texts become parsed schedules: each distinct (schedule text, period) is
/// parsed once per workspace, whoever asks — compliance, validation, the cascade checks, skeletons,
/// progress forms.
///
/// `ScheduleIndex(workspace)` parses every text the workspace holds, on all cores: a few long runs
/// of roadmaps each intern their texts by UTF-8 bytes (`ByteKeyTable`), the runs' tables are
/// merged, and the distinct texts are parsed in parallel (4,000 generated school roadmaps hold some
/// 300,000 activities and 15,000 distinct texts). Readers of a stored roadmap then find its
/// activities' schedules by position (`entries(of:in:)`), with no hashing at all; any other text —
/// a roadmap changed since, a propagated deadline, a text asked for by a test — is parsed on first
/// request and kept for every copy of the index, from any thread.
///
/// Every text is read with the workspace's school calendar (`WorkspaceSettings.schoolCalendar`): an
/// index holds one calendar, so its key stays (text, period). `ScheduleIndex()` holds no workspace:
/// everything is parsed on request, once, with the usual terms (`ScheduleIndex(calendar:)` with
/// others).
public struct ScheduleIndex: Sendable {
    /// The workspace's texts, by UTF-8 bytes, under the number of their period in `periods`.
    private let keys: ByteKeyTable
    private let periods: [Period]
    /// The distinct schedules of the workspace, by entry.
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
    /// The term dates every text is read with.
    package let calendar: SchoolCalendar
    /// Texts the workspace did not hold, parsed on first request; shared by every copy.
    private let others: Others

    /// An index of no workspace: every schedule is parsed on first request, with `calendar`'s terms.
    package init(calendar: SchoolCalendar = .standard) {
        self.calendar = calendar
        others = Others(calendar: calendar)
        keys = ByteKeyTable(slots: 1)
        periods = []
        schedules = []
        measurable = []
        occurrences = []
        warnings = []
        plan = nil
        municipal = [:]
        school = [:]
    }

    /// An index answering each of `schedules`' own texts, read in `period`, with that schedule as
    /// given: the counting rules' tests give schedules directly, apart from the parser.
    init(answering schedules: [Schedule], in period: Period) {
        self.init()
        for schedule in schedules { others.store(schedule, text: schedule.text, period: period) }
    }

    /// Indexes every roadmap of `workspace` (regional plan, municipal and school roadmaps).
    public init(_ workspace: Workspace) {
        let calendar = workspace.settings.schoolCalendar
        self.calendar = calendar
        others = Others(calendar: calendar)
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
                remap.append(table.intern(partial.table.key(Int32(local)), parent: parent))
            }
            remaps.append(remap)
        }

        // 3. Each distinct text parsed once, on all cores.
        let keys = table
        let knownPeriods = periods
        let schedules = ParallelMap.map(Array(0..<keys.count)) { id in
            ScheduleParser(period: knownPeriods[Int(keys.parents[id])], calendar: calendar).parse(keys.string(Int32(id)))
        }
        self.keys = keys
        self.periods = knownPeriods
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

    // MARK: By position (a stored roadmap)

    /// The entries of the roadmap stored for `owner`, one per activity in section order; `nil` when
    /// the workspace had no such roadmap or `roadmap` no longer has as many activities (then ask
    /// by text).
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

    // MARK: By text

    /// A parser reading `period` with the index's calendar, for callers that parse texts of their own.
    package func parser(_ period: Period) -> ScheduleParser { ScheduleParser(period: period, calendar: calendar) }

    /// The parsed schedule of `text` read in `period`.
    package func schedule(_ text: String, period: Period) -> Schedule {
        if let entry = entry(text, period: period) { return schedules[entry] }
        return others.schedule(text, period: period)
    }

    /// What the counting rule reads of `text` in `period`: whether it counts by occurrences
    /// (`Schedule.isMeasurable`) and its occurrences.
    package func counting(_ text: String, period: Period) -> (measurable: Bool, occurrences: [Occurrence]) {
        if let entry = entry(text, period: period) { return (measurable[entry], occurrences[entry]) }
        let schedule = others.schedule(text, period: period)
        return (schedule.isMeasurable, schedule.occurrences)
    }

    /// The occurrences of `text` in `period`.
    package func occurrences(_ text: String, period: Period) -> [Occurrence] {
        if let entry = entry(text, period: period) { return occurrences[entry] }
        return others.schedule(text, period: period).occurrences
    }

    /// The parser's warnings for `text` in `period`.
    package func warnings(_ text: String, period: Period) -> [ScheduleWarning] {
        if let entry = entry(text, period: period) { return warnings[entry] }
        return others.schedule(text, period: period).warnings
    }

    /// `Schedule.finalDeadline` of `text` in `period`.
    package func finalDeadline(_ text: String, period: Period) -> LocalDate? {
        if let entry = entry(text, period: period) { return occurrences[entry].last?.end }
        return others.schedule(text, period: period).finalDeadline
    }

    /// The workspace entry of `text` in `period`, if the workspace holds it.
    private func entry(_ text: String, period: Period) -> Int? {
        guard let number = periods.firstIndex(of: period) else { return nil }
        return keys.find(text, parent: Int32(number)).map(Int.init)
    }

    // MARK: Building

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
                // Through a span: only the schedule text is read, the activity is not copied.
                let activities = section.activities.span
                for a in activities.indices {
                    entries.append(partial.table.intern(activities[a].schedule, parent: parent))
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

    /// Schedules of texts outside the workspace, parsed once and shared by every copy of the index
    /// and every thread. A text is parsed outside the lock: two threads asking at once may both
    /// parse it, and both get the same answer.
    private final class Others: Sendable {
        /// A schedule text (by its UTF-8 bytes) and a period.
        struct Key: Hashable {
            var text: UTF8Key
            var period: Period
        }

        let calendar: SchoolCalendar
        let parsed = Mutex<[Key: Schedule]>([:])

        init(calendar: SchoolCalendar) { self.calendar = calendar }

        func schedule(_ text: String, period: Period) -> Schedule {
            let key = Key(text: UTF8Key(text), period: period)
            if let hit = parsed.withLock({ $0[key] }) { return hit }
            let schedule = ScheduleParser(period: period, calendar: calendar).parse(text)
            store(schedule, text: text, period: period)
            return schedule
        }

        func store(_ schedule: Schedule, text: String, period: Period) {
            parsed.withLock { $0[Key(text: UTF8Key(text), period: period)] = schedule }
        }
    }
}
