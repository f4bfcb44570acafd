import RoadmapKit

/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// The generator never reads the system's randomness: the same seed gives the same sequence on
/// every machine, so synthetic workspaces are reproducible. Independent streams for parallel work
/// come from `SplitMix64(seed:stream:)`.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    /// A generator for one of many independent streams (a region, a school) of one seed.
    package init(seed: UInt64, stream: UInt64...) {
        var mixer = SplitMix64(seed: seed)
        for value in stream {
            mixer.state ^= value &* 0x9E37_79B9_7F4A_7C15
            _ = mixer.next()
        }
        state = mixer.next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<1`.
    package mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform integer in `range`.
    package mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// A uniformly chosen element.
    package mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}
