import Dispatch

/// A piece of work started on another thread and waited for later: lets a load decode the register
/// of units while both cores also decode roadmaps, instead of before them on one core.
package final class BackgroundTask<T: Sendable>: @unchecked Sendable {
    private var value: T?
    private let group = DispatchGroup()

    /// Starts `work` at once.
    package init(_ work: @escaping @Sendable () -> T) {
        group.enter()
        DispatchQueue.global().async {
            self.value = work()
            self.group.leave()
        }
    }

    /// Waits for the work to finish and returns its result.
    package func wait() -> T {
        group.wait()
        return value!
    }
}
