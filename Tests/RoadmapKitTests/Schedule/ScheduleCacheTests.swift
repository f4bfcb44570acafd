import Dispatch
import Foundation
import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

@Suite struct ScheduleCacheTests {
    @Test func returnsWhatTheParserReturnsPerTextAndPeriod() {
        let cache = ScheduleCache()
        let a = cache.schedule("март", period: .calendarYear(2023))
        let b = cache.schedule("март", period: .academicYear(startYear: 2022))
        #expect(a == ScheduleParser(period: .calendarYear(2023)).parse("март"))
        #expect(b.occurrences.first?.end == LocalDate(year: 2023, month: 3, day: 31))
        #expect(cache.schedule("март", period: .calendarYear(2023)) == a)
        #expect(cache.count == 2)
    }

    @Test func isSafeFromManyThreads() {
        let cache = ScheduleCache(capacity: 64)
        let texts = ["До 15.02.2023", "01.02-15.05.2023", "В течение года", "ежегодно (июнь, декабрь)", "По графику"]
        let periods: [Period] = [.calendarYear(2023), .academicYear(startYear: 2022), .multiYear(from: 2022, through: 2025)]
        let expected = periods.map { p in texts.map { ScheduleParser(period: p).parse($0) } }
        let mismatches = Counter()
        DispatchQueue.concurrentPerform(iterations: 2_000) { n in
            let p = n % periods.count
            let t = (n / periods.count) % texts.count
            if cache.schedule(texts[t], period: periods[p]) != expected[p][t] { mismatches.add() }
        }
        #expect(mismatches.value == 0)
        #expect(cache.count <= 64 + 16)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
