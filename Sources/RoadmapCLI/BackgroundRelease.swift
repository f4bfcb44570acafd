import Dispatch
import Foundation

/// Frees large loaded values on a background thread while the command goes on: freeing a national
/// workspace (300,000 activities, a million strings) takes one core a noticeable while, and a
/// command that only prints a report afterwards need not wait for it (when the process exits first,
/// the memory goes back at once).
///
/// The values must be held only here: build them in a scope that ends before `releaseInBackground()`.
final class BackgroundRelease: @unchecked Sendable {
    private var held: [Any] = []
    private let lock = NSLock()

    /// Keeps `value` until `releaseInBackground()`.
    func hold(_ value: Any) {
        lock.lock()
        held.append(value)
        lock.unlock()
    }

    /// Drops everything held, on a background thread.
    func releaseInBackground() {
        DispatchQueue.global().async {
            self.lock.lock()
            let values = self.held
            self.held = []
            self.lock.unlock()
            withExtendedLifetime(values) {}
        }
    }
}
