import Foundation

/// Parses and aggregates one chunk of a status file: bytes in, counters out.
///
/// The fast path reads a row in place: it finds the first three delimiters, reuses the previous
/// row's school when the key prefix is byte-identical (exports are grouped by school), parses the
/// dates at fixed offsets into `yyyymmdd` integers and increments counters. Anything unusual —
/// quotes, a missing field, a bad date, extra columns — goes to `slowRow`, which splits the line in
/// full, unquotes fields and either counts the row or reports exactly what is wrong.
/// `@unchecked Sendable`: it only reads the mapped bytes, which nothing writes while chunks run.
struct StatusChunkParser: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
    /// One past the last byte of the chunk.
    var end: Int
    let delimiter: UInt8
    /// The as-of date as `yyyymmdd`.
    let asOf: Int32
    /// Per checkpoint: min(its date, as-of) as `yyyymmdd`.
    let cutoffs: [Int32]
    let problemLimit: Int

    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    /// `done` for an empty done date: later than every date.
    static let never = Int32.max

    /// Parses `start..<end` (which begins at a line start) into `chunk`.
    func parse(from start: Int, into chunk: StatusChunk) {
        let nl = Self.newline
        let delim = delimiter
        let stride = chunk.stride
        var p = start
        var line = 0
        var lastPrefixStart = 0
        var lastPrefixLength = 0
        var counters = chunk.counters
        var lastSchool: Int32 = 0
        var rows = 0
        cutoffs.withUnsafeBufferPointer { cutoffs in
            while p < end {
                line += 1
                let first = base[p]
                if first == nl {
                    p += 1
                    continue
                }
                if first == Self.carriageReturn, p + 1 < end, base[p + 1] == nl {
                    p += 2
                    continue
                }
                rows += 1
                // Key prefix: region, municipality, school and the delimiter after them. When it equals
                // the previous row's byte for byte, it is the same school and needs no scanning.
                var q: Int
                let school: Int32
                if lastPrefixLength > 0, p + lastPrefixLength < end,
                    memcmp(base + p, base + lastPrefixStart, lastPrefixLength) == 0
                {
                    q = p + lastPrefixLength - 1
                    school = lastSchool
                } else {
                    q = p
                    var delimiters = 0
                    var d1 = 0
                    var d2 = 0
                    var simple = true
                    while q < end {
                        let b = base[q]
                        if b == delim {
                            delimiters += 1
                            if delimiters == 3 { break }
                            if delimiters == 1 { d1 = q } else { d2 = q }
                        } else if b == nl || b == Self.quote {
                            simple = false
                            break
                        }
                        q += 1
                    }
                    guard simple, delimiters == 3, d1 > p, d2 > d1 + 1, q > d2 + 1 else {
                        p = slowRow(p, line: line, chunk: chunk)
                        counters = chunk.counters
                        continue
                    }
                    school = chunk.school(base + p, d1 - p, base + d1 + 1, d2 - d1 - 1, base + d2 + 1, q - d2 - 1)
                    counters = chunk.counters
                    lastPrefixStart = p
                    lastPrefixLength = q + 1 - p
                    lastSchool = school
                }
                // activity_id
                var a = q + 1
                while a < end {
                    let b = base[a]
                    if b == delim || b == nl || b == Self.quote { break }
                    a += 1
                }
                let dueStart = a + 1
                guard a < end, base[a] == delim, a > q + 1, dueStart + 10 < end, base[dueStart + 10] == delim
                else {
                    p = slowRow(p, line: line, chunk: chunk)
                    counters = chunk.counters
                    continue
                }
                let due = Self.date(base + dueStart)
                var e = dueStart + 11
                var done = Self.never
                if e < end, base[e] != nl, base[e] != Self.carriageReturn {
                    if e + 10 <= end { done = Self.date(base + e) } else { done = -1 }
                    e += 10
                }
                if e < end, base[e] == Self.carriageReturn { e += 1 }
                guard due >= 0, done >= 0, e >= end || base[e] == nl else {
                    p = slowRow(p, line: line, chunk: chunk)
                    counters = chunk.counters
                    continue
                }
                p = e + 1
                Self.count(counters + Int(school) * stride, due: due, done: done, asOf: asOf, cutoffs: cutoffs)
            }
        }
        chunk.rows += rows
        chunk.lines = line
    }

    /// Adds one row to a school's counters (the definitions are on `StatusCounts`).
    @inline(__always)
    static func count(
        _ c: UnsafeMutablePointer<Int32>, due: Int32, done: Int32, asOf: Int32, cutoffs: UnsafeBufferPointer<Int32>
    ) {
        c[0] += 1
        if due <= asOf {
            c[1] += 1
            if done <= due { c[4] += 1 }
            if done <= asOf { c[5] += 1 } else { c[3] += 1 }
        }
        if done <= asOf { c[2] += 1 }
        for k in 0..<cutoffs.count where done <= cutoffs[k] { c[6 + k] += 1 }
    }

    /// `YYYY-MM-DD` at `q` as `yyyymmdd`, or -1 when malformed or the day does not exist.
    @inline(__always)
    static func date(_ q: UnsafePointer<UInt8>) -> Int32 {
        let y0 = q[0] &- 48
        let y1 = q[1] &- 48
        let y2 = q[2] &- 48
        let y3 = q[3] &- 48
        let m0 = q[5] &- 48
        let m1 = q[6] &- 48
        let d0 = q[8] &- 48
        let d1 = q[9] &- 48
        guard y0 < 10, y1 < 10, y2 < 10, y3 < 10, m0 < 10, m1 < 10, d0 < 10, d1 < 10, q[4] == 45, q[7] == 45
        else { return -1 }
        let year = Int32(y0) * 1000 + Int32(y1) * 100 + Int32(y2) * 10 + Int32(y3)
        let month = Int32(m0) * 10 + Int32(m1)
        let day = Int32(d0) * 10 + Int32(d1)
        guard year >= 1, month >= 1, month <= 12, day >= 1 else { return -1 }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days: Int32
        switch month {
        case 2: days = leap ? 29 : 28
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        guard day <= days else { return -1 }
        return year * 10000 + month * 100 + day
    }

    /// `yyyymmdd` of a date.
    static func packed(_ date: LocalDate) -> Int32 { Int32(date.year * 10000 + date.month * 100 + date.day) }
}
