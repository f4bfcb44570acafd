/// How much a zip archive may hold before it is refused as a possible zip bomb. The defaults are
/// far above any real roadmap, school list or progress workbook and far below what would
/// exhaust memory.
public struct ZipLimits: Hashable, Sendable {
    /// The most entries an archive may list.
    public var maxEntries: Int
    /// The most bytes one entry may inflate to.
    public var maxEntrySize: Int
    /// The most bytes all entries together may inflate to.
    public var maxTotalSize: Int
    /// The highest inflated / compressed size ratio of an entry larger than `ratioFloor` bytes.
    public var maxRatio: Int
    /// Entries up to this inflated size are not checked for their ratio.
    public var ratioFloor: Int

    public init(
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
    public static let standard = ZipLimits()
}
