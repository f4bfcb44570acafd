/// Which of a higher level's indicators (показатели) a school carries.
///
/// A share of schools or municipalities («100% от числа школ участниц») and a regional head count
/// («50 чел.») measure the region, not one school: the school simply has to do the activity, so no
/// indicator is copied. Counts («Не менее 5 мероприятий»), frequencies, shares of people («Не менее
/// 50% от общего числа учителей») and wording not understood apply to the school as written.
package enum IndicatorApplicability {
    /// The indicator the school carries, or `nil` when the higher one measures the region.
    package static func schoolIndicator(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        switch Indicator(parsing: text) {
        case .share(_, of: .people): return text
        case .share: return nil
        case .persons: return nil
        case .count, .frequency, .text: return text
        }
    }
}
