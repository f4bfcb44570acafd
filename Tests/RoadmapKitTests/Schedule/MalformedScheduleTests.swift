import RoadmapGenerate
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

/// Malformed deadline texts: clear warnings with stable codes, the text kept, no crash.
@Suite struct MalformedScheduleTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var codes: [ScheduleWarning.Code]
        var kind: ScheduleKind
        var description: String { "«\(text.prefix(40))»" }
    }

    static let cases: [Case] = [
        Case(text: "31.02.2023", codes: [.impossibleDate], kind: .unknown),
        Case(text: "15.13.2023", codes: [.impossibleDate], kind: .unknown),
        Case(text: "00.01.2023", codes: [.impossibleDate], kind: .unknown),
        Case(text: "до 31.04.2023", codes: [.impossibleDate], kind: .unknown),
        Case(text: "29.02.2023", codes: [.impossibleDate], kind: .unknown),
        Case(text: "до", codes: [.unparsed], kind: .unknown),
        Case(text: "", codes: [.unparsed], kind: .unknown),
        Case(text: "  \n\t ", codes: [.unparsed], kind: .unknown),
        Case(text: "—", codes: [.unparsed], kind: .unknown),
        Case(text: "15.05.2023-01.02.2023", codes: [.reversedRange], kind: .deadline),
        Case(text: "август 2023 - май 2023", codes: [.reversedRange], kind: .deadline),
        Case(text: "когда-нибудь", codes: [.unparsed], kind: .unknown),
        Case(text: "до 01.02.2023 по возможности", codes: [.unparsed], kind: .deadline),
        Case(text: "99999999999999999999.01.2023", codes: [.unparsed], kind: .unknown),
        Case(text: "31.02-15.03.2023", codes: [.impossibleDate], kind: .unknown),
        Case(text: "до 32 числа", codes: [.impossibleDate], kind: .unknown),
        Case(text: "5 квартал 2023", codes: [.impossibleDate], kind: .unknown),
    ]

    @Test(arguments: cases)
    func malformedTextGetsAClearWarning(_ c: Case) {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse(c.text)
        #expect(schedule.warnings.map(\.code) == c.codes)
        #expect(schedule.kind == c.kind)
        #expect(schedule.text == c.text)
        #expect(!schedule.isFullyUnderstood)
        #expect(schedule.warnings.allSatisfy { !$0.message.ru.isEmpty && !$0.message.en.isEmpty })
    }

    @Test func anUnknownTextIsRenderedVerbatim() {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("когда-нибудь\n потом")
        #expect(schedule.normalizedText == "не распознано: «когда-нибудь потом»")
    }

    @Test func theLeftoverIsNamed() {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse("до 01.02.2023 по возможности")
        #expect(schedule.leftover == "по возможности")
        #expect(schedule.warnings.first?.message.ru == "не распознано: «по возможности»")
        #expect(schedule.occurrences == [Occurrence(end: LocalDate(year: 2023, month: 2, day: 1)!)])
    }

    @Test func tenThousandRandomCharactersDoNotCrash() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁМОЯ0123456789 .-–—/,:;()«»\n\tzZ\u{00A0}😀")
        for _ in 0..<5 {
            let text = String((0..<10_000).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            let schedule = ScheduleParser(period: .academicYear(startYear: 2021)).parse(text)
            #expect(schedule.text == text)
            #expect(schedule.kind == .unknown)
            #expect(schedule.warnings.contains { $0.code == .unparsed })
            #expect(schedule.leftover != nil)
            #expect(schedule.warnings.allSatisfy { $0.message.ru.count < 400 })
        }
    }

    @Test func oneLongNumberDoesNotOverflow() {
        let schedule = ScheduleParser(period: .calendarYear(2023)).parse(String(repeating: "9", count: 500))
        #expect(schedule.kind == .unknown)
        #expect(schedule.leftover?.count == 500)
    }
}

/// A small deterministic generator (SplitMix64) so the random text is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
