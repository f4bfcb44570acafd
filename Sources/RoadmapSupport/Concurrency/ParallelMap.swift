import Dispatch
import Foundation
import Synchronization

/// Maps over an array on all cores, keeping order. Used where work splits per file or per unit.
///
/// One worker per core takes the next few items from a shared counter until none are left, so a
/// core that is done with its items takes more instead of waiting for the other: items differ in
/// cost (a municipality of 5 schools beside one of 60, a 3 KB file beside a 60 KB one), and with
/// fixed slices one core sat idle at the end of every parallel step.
package enum ParallelMap {
    /// `transform` applied to every element; results in input order.
    @inlinable
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        map(items, state: {}) { _, item in transform(item) }
    }

    /// `transform` applied to every element with a scratch state of its worker (made by `makeState`
    /// once per worker, never shared between threads); results in input order. Inlinable so that
    /// callers in other layers get it specialised for their element and result types.
    @inlinable
    package static func map<T: Sendable, S, R: Sendable>(
        _ items: [T], state makeState: @Sendable () -> S, _ transform: @Sendable (inout S, T) -> R
    ) -> [R] {
        let count = items.count
        let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
        if workers < 2 {
            var state = makeState()
            return items.map { transform(&state, $0) }
        }
        // A few items per take: one counter update per item would make the cores contend for it
        // on cheap items; 64 takes per worker still leave little to wait for at the end.
        let grain = max(1, count / (workers * 64))
        let next = Atomic<Int>(0)
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var state = makeState()
                while true {
                    let lower = next.add(grain, ordering: .relaxed).oldValue
                    if lower >= count { break }
                    for i in lower..<min(lower + grain, count) {
                        (slots.base + i).initialize(to: transform(&state, items[i]))
                    }
                }
            }
            initialized = count
        }
    }
}

extension ParallelMap {
    /// `transform` applied to every element with its worker's state, each giving any number of
    /// results; results concatenated in input order. The state (a memo of schedule texts, a set
    /// reused from roadmap to roadmap) then serves thousands of items without a lock.
    @inlinable
    package static func flatMap<T: Sendable, S, R: Sendable>(
        _ items: [T], state makeState: @Sendable () -> S, _ transform: @Sendable (inout S, T) -> [R]
    ) -> [R] {
        Array(map(items, state: makeState, transform).joined())
    }
}

/// The result array's storage, written by all workers: each slot exactly once, by whichever
/// worker took its item; `concurrentPerform` returns only when every worker is done.
@usableFromInline
struct Slots<R>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<R>

    @inlinable init(base: UnsafeMutablePointer<R>) { self.base = base }
}
