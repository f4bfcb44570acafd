/// How much a zip archive may hold before it is refused as a possible zip bomb. The defaults are
/// far above any real roadmap, school list or progress workbook and far below what would
/// exhaust memory.
package struct ZipLimits: Hashable, Sendable {
    /// The most entries an archive may list.
    package var maxEntries: Int
    /// The most bytes one entry may inflate to.
    package var maxEntrySize: Int
    /// The most bytes all entries together may inflate to.
    package var maxTotalSize: Int
    /// The highest inflated / compressed size ratio of an entry larger than `ratioFloor` bytes.
    package var maxRatio: Int
    /// Entries up to this inflated size are not checked for their ratio.
    package var ratioFloor: Int

    package init(
        maxEntries: Int = 10_000, maxEntrySize: Int = 200 << 20, maxTotalSize: Int = 500 << 20, maxRatio: Int = 200,
        ratioFloor: Int = 1 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    /// The limits used unless a caller gives others.
    package static let standard = ZipLimits()
}
