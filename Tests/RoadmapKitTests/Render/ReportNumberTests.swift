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

/// `ReportFormatting.number` gives what `String(format: "%.1f")` of the value rounded to tenths gave.
@Suite struct ReportNumberTests {
    static func formatted(_ value: Double, comma: Bool) -> String {
        let rounded = (value * 10).rounded() / 10
        var text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
        if comma { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    @Test func sameTextAsFormattingTheRoundedValue() {
        let ru = ReportFormatting(language: .ru)
        let en = ReportFormatting(language: .en)
        var values: [Double] = [0, -0.0, 0.04, 0.05, 0.95, 27.5, 33.333, 66.666, 99.95, 100, -0.5, -3, 1e9 + 0.25]
        values += (0...2_000).map { Double($0) / 7 }
        values += (0...200).map { Double($0) * 100 / 57 }
        for value in values {
            #expect(ru.number(value) == Self.formatted(value, comma: true), "\(value)")
            #expect(en.number(value) == Self.formatted(value, comma: false), "\(value)")
            #expect(ru.number(value, decimalComma: false) == Self.formatted(value, comma: false), "\(value)")
        }
        #expect(ru.number(27.46) == "27,5")
        #expect(ru.percent(40) == "40 %")
        #expect(en.percent(33.333) == "33.3%")
        #expect(ru.number(.nan) == "nan")
    }
}
