import Foundation

/// What one chunk of a status file adds up to: its own interned units and per-school counters.
///
/// Counters are a flat `Int32` array, `stride` per school: total, due, done, overdue, on time,
/// due and done, then one "done by" count per checkpoint (see `StatusCounts`). Line numbers in `problems` are
/// relative to the chunk's first line until `StatusFile` shifts them.
final class StatusChunk: @unchecked Sendable {
    var regions = ByteKeyTable()
    var municipalities = ByteKeyTable()
    var schools = ByteKeyTable()
    let stride: Int
    private(set) var counters: UnsafeMutablePointer<Int32>
    private var capacity: Int
    var rows = 0
    var lines = 0
    var problems: [StatusProblem] = []
    var problemCount = 0

    init(checkpoints: Int) {
        stride = 6 + checkpoints
        capacity = 1024
        counters = .allocate(capacity: capacity * stride)
        counters.initialize(repeating: 0, count: capacity * stride)
    }

    deinit { counters.deallocate() }

    /// The school id of a (region, municipality, school) key, with room for its counters.
    func school(
        _ region: UnsafePointer<UInt8>, _ regionLength: Int, _ municipality: UnsafePointer<UInt8>,
        _ municipalityLength: Int, _ school: UnsafePointer<UInt8>, _ schoolLength: Int
    ) -> Int32 {
        let r = regions.intern(region, regionLength, parent: -1)
        let m = municipalities.intern(municipality, municipalityLength, parent: r)
        let s = schools.intern(school, schoolLength, parent: m)
        if Int(s) >= capacity { grow() }
        return s
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: capacity * 2 * stride)
        bigger.initialize(from: counters, count: capacity * stride)
        (bigger + capacity * stride).initialize(repeating: 0, count: capacity * stride)
        counters.deallocate()
        counters = bigger
        capacity *= 2
    }

    /// Records a malformed row (keeps the first `limit` in full).
    func problem(_ problem: StatusProblem, limit: Int) {
        problemCount += 1
        if problems.count < limit { problems.append(problem) }
    }

    /// The counts of school `id`.
    func counts(_ id: Int32) -> StatusCounts {
        let c = counters + Int(id) * stride
        return StatusCounts(
            total: Int(c[0]), due: Int(c[1]), done: Int(c[2]), overdue: Int(c[3]), onTime: Int(c[4]),
            dueDone: Int(c[5]), checkpointDone: (0..<(stride - 6)).map { Int(c[6 + $0]) })
    }
}
