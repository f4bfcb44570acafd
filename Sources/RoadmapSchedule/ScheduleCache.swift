import Foundation

/// A thread-safe memo of parsed schedules keyed by (text, period), for bulk use: national-scale
/// imports repeat the same few hundred phrasings millions of times.
///
/// Lock-striped (16 shards) so parallel workers rarely wait on each other. When a shard holds more
/// than `capacity / 16` entries it is emptied (phrasings repeat; a simple reset beats bookkeeping).
package final class ScheduleCache: @unchecked Sendable {
    /// A schedule text (by its UTF-8 bytes) and a period.
    struct Key: Hashable {
        var text: UTF8Key
        var period: Period
    }

    final class Shard {
        let lock = NSLock()
        var entries: [Key: Schedule] = [:]
    }

    private let shards: [Shard]
    private let shardCapacity: Int

    /// A cache holding up to about `capacity` schedules.
    package init(capacity: Int = 100_000) {
        shards = (0..<16).map { _ in Shard() }
        shardCapacity = max(1, capacity / 16)
    }

    /// The schedule of `text` in `period`, parsed once.
    package func schedule(_ text: String, period: Period) -> Schedule {
        let key = Key(text: UTF8Key(text), period: period)
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % 16)]
        shard.lock.lock()
        if let hit = shard.entries[key] {
            shard.lock.unlock()
            return hit
        }
        shard.lock.unlock()
        let parsed = ScheduleParser(period: period).parse(text)
        shard.lock.lock()
        if shard.entries.count >= shardCapacity { shard.entries.removeAll(keepingCapacity: true) }
        shard.entries[key] = parsed
        shard.lock.unlock()
        return parsed
    }

    /// How many schedules are cached.
    package var count: Int {
        shards.reduce(0) { total, shard in
            shard.lock.lock()
            defer { shard.lock.unlock() }
            return total + shard.entries.count
        }
    }
}
