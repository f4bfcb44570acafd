import Foundation

/// The anti-risk programme activities of a run, each built once: an activity depends only on the
/// direction and its position k, and the same few directions recur in every municipality, so
/// building them per municipality repeated the title substitution (a Foundation string search)
/// thousands of times. Shared by the builders of all municipalities, on all cores.
final class RiskActivityMemo: @unchecked Sendable {
    /// Directions are told apart by their bytes (as the builders' lists are): deterministic, and
    /// without `String` hashing's normalisation of Cyrillic text.
    private struct Key: Hashable {
        var k: Int
        var direction: UTF8Key
    }

    private let lock = NSLock()
    private var activities: [Key: Activity] = [:]

    /// The activity for the k-th direction, made by `make` the first time.
    func activity(_ k: Int, direction: String, make: () -> Activity) -> Activity {
        let key = Key(k: k, direction: UTF8Key(direction))
        if let known = lock.withLock({ activities[key] }) { return known }
        let made = make()
        lock.withLock { activities[key] = made }
        return made
    }
}
