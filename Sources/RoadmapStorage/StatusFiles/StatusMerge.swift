/// Merges the chunks of a status file into one report: units matched by their key bytes, counts
/// summed, schools rolled up into municipalities and regions (pooled), all sorted by id.
enum StatusMerge {
    static func report(
        _ chunks: [StatusChunk], asOf: LocalDate, checkpoints: [DatedCheckpoint], firstLine: Int
    ) -> StatusReport {
        var regions = ByteKeyTable()
        var municipalities = ByteKeyTable()
        var schools = ByteKeyTable()
        let stride = 6 + checkpoints.count
        var sums: [Int] = []
        var problems: [StatusProblem] = []
        var problemCount = 0
        var rows = 0
        var line = firstLine
        for chunk in chunks {
            let regionMap = (0..<chunk.regions.count).map { id in
                intern(chunk.regions, Int32(id), into: &regions, parent: -1)
            }
            let municipalityMap = (0..<chunk.municipalities.count).map { id in
                intern(
                    chunk.municipalities, Int32(id), into: &municipalities,
                    parent: regionMap[Int(chunk.municipalities.parents[id])])
            }
            for id in 0..<chunk.schools.count {
                let global = Int(
                    intern(
                        chunk.schools, Int32(id), into: &schools,
                        parent: municipalityMap[Int(chunk.schools.parents[id])]))
                if global * stride >= sums.count { sums.append(contentsOf: repeatElement(0, count: stride)) }
                let local = chunk.counters + id * stride
                for k in 0..<stride { sums[global * stride + k] += Int(local[k]) }
            }
            for problem in chunk.problems where problems.count < StatusFile.problemLimit {
                var shifted = problem
                shifted.line += line - 1
                problems.append(shifted)
            }
            problemCount += chunk.problemCount
            rows += chunk.rows
            line += chunk.lines
        }

        let regionNames = (0..<regions.count).map { regions.string(Int32($0)) }
        let municipalityNames = (0..<municipalities.count).map { municipalities.string(Int32($0)) }
        let schoolNames = (0..<schools.count).map { schools.string(Int32($0)) }
        func counts(_ id: Int) -> StatusCounts {
            StatusCounts(
                total: sums[id * stride], due: sums[id * stride + 1], done: sums[id * stride + 2],
                overdue: sums[id * stride + 3], onTime: sums[id * stride + 4], dueDone: sums[id * stride + 5],
                checkpointDone: (0..<checkpoints.count).map { sums[id * stride + 6 + $0] })
        }
        var regionCounts = Array(repeating: StatusCounts.zero(checkpoints: checkpoints.count), count: regions.count)
        var municipalityCounts = Array(
            repeating: StatusCounts.zero(checkpoints: checkpoints.count), count: municipalities.count)
        var schoolUnits: [(municipality: Int, unit: StatusReport.Unit)] = []
        schoolUnits.reserveCapacity(schools.count)
        for id in 0..<schools.count {
            let m = Int(schools.parents[id])
            let r = Int(municipalities.parents[m])
            let c = counts(id)
            municipalityCounts[m].add(c)
            regionCounts[r].add(c)
            schoolUnits.append(
                (
                    m,
                    StatusReport.Unit(
                        region: regionNames[r], municipality: municipalityNames[m], school: schoolNames[id], counts: c)
                ))
        }
        let regionUnits =
            regions.count == 0
            ? []
            : (0..<regions.count).map {
                StatusReport.Unit(region: regionNames[$0], counts: regionCounts[$0])
            }
        let municipalityUnits = (0..<municipalities.count).map {
            StatusReport.Unit(
                region: regionNames[Int(municipalities.parents[$0])], municipality: municipalityNames[$0],
                counts: municipalityCounts[$0])
        }
        return StatusReport(
            asOf: asOf, checkpoints: checkpoints, regions: regionUnits.sorted(by: precedes),
            municipalities: municipalityUnits.sorted(by: precedes), schools: schoolUnits.map(\.unit).sorted(by: precedes),
            rowCount: rows, problems: problems.sorted { $0.line < $1.line }, problemCount: problemCount)
    }

    static func intern(_ table: ByteKeyTable, _ id: Int32, into global: inout ByteKeyTable, parent: Int32) -> Int32 {
        let key = table.key(id)
        return key.withUnsafeBufferPointer { global.intern($0.baseAddress!, $0.count, parent: parent) }
    }

    /// Orders units by region, municipality, school id (bytewise).
    static func precedes(_ a: StatusReport.Unit, _ b: StatusReport.Unit) -> Bool {
        if a.region != b.region { return a.region < b.region }
        if a.municipality != b.municipality { return (a.municipality ?? "") < (b.municipality ?? "") }
        return (a.school ?? "") < (b.school ?? "")
    }
}
