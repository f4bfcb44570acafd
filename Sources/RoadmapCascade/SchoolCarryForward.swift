import Foundation

/// `roadmap skeleton --carry-forward`: a school roadmap written for another period (last year's)
/// carried into the plan's period. The school's own activities keep their texts except the years
/// written in their deadlines, moved by the difference of the periods' first years («до
/// 30.04.2023» → «до 30.04.2024»); each changed deadline records where it came from (provenance
/// `local`, note «перенесено из периода 2023: «до 30.04.2023»»). Texts without a year («ежеквартально»)
/// read the same in the new period and are kept. Without `--carry-forward` nothing is re-dated.
enum SchoolCarryForward {
    /// Carries `roadmap` into `period`; returns the ids whose deadlines were re-dated.
    static func carry(_ roadmap: inout Roadmap, into period: Period) -> [String] {
        let old = roadmap.period
        let shift = period.start.year - old.start.year
        var changed: [String] = []
        for s in roadmap.sections.indices {
            for a in roadmap.sections[s].activities.indices where roadmap.sections[s].activities[a].origin != .skeleton {
                let activity = roadmap.sections[s].activities[a]
                let moved = shiftYears(activity.schedule, by: shift, within: old.years)
                guard moved != activity.schedule else { continue }
                roadmap.sections[s].activities[a].schedule = moved
                var provenance = activity.provenance ?? Provenance()
                provenance.schedule = ValueOrigin(
                    kind: .local, note: "перенесено из периода \(old.canonicalText): «\(activity.schedule)»", value: moved)
                roadmap.sections[s].activities[a].provenance = provenance
                changed.append(activity.id)
            }
        }
        roadmap.title = shiftYears(roadmap.title, by: shift, within: old.years)
        roadmap.period = period
        return changed
    }

    /// The text with every four-digit year of `years` moved by `shift` («2023» → «2024»).
    static func shiftYears(_ text: String, by shift: Int, within years: ClosedRange<Int>) -> String {
        guard shift != 0 else { return text }
        var result = ""
        var digits = ""
        func flush() {
            defer { digits = "" }
            if digits.count == 4, let year = Int(digits), years.contains(year) {
                result += String(year + shift)
            } else {
                result += digits
            }
        }
        for ch in text {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else {
                flush()
                result.append(ch)
            }
        }
        flush()
        return result
    }
}
