import Foundation
import Testing

@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// Raw DEFLATE streams made by Python's zlib (Fixtures/office/make_inflate_vectors.py).
@Suite struct InflaterTests {
    static func vector(_ name: String) throws -> [UInt8] { [UInt8](try Fixture.data("office/inflate/\(name)")) }

    @Test(arguments: ["stored", "fixed", "dynamic", "runs", "empty"])
    func inflatesWhatZlibDeflated(name: String) throws {
        let packed = try Self.vector(name + ".deflate")
        let plain = try Self.vector(name + ".plain")
        let inflated = try Inflater.inflate(packed, limit: 1 << 20)
        #expect(inflated.count == plain.count)
        #expect(inflated == plain)
    }

    @Test func storedBlocksAreSeveral() throws {
        // 74,958 bytes do not fit one stored block (at most 65,535): two blocks, 5 header bytes each.
        let packed = try Self.vector("stored.deflate")
        #expect(packed.count == 74_958 + 2 * 5)
    }

    @Test func distanceBeyondTheOutputIsRefused() throws {
        #expect(throws: Inflater.Failure.distanceTooFar(offset: 3, distance: 1, available: 0)) {
            try Inflater.inflate(try Self.vector("bad-distance.deflate"), limit: 100)
        }
    }

    @Test func truncatedStreamIsRefused() throws {
        let packed = try Self.vector("bad-truncated.deflate")
        #expect {
            try Inflater.inflate(packed, limit: 1 << 20)
        } throws: { error in
            guard case .truncated = error as? Inflater.Failure else { return false }
            return true
        }
    }

    @Test func reservedBlockTypeIsRefused() throws {
        #expect(throws: Inflater.Failure.reservedBlockType(offset: 1)) {
            try Inflater.inflate(try Self.vector("bad-blocktype.deflate"), limit: 100)
        }
    }

    @Test(arguments: ["stored", "fixed", "dynamic", "runs"])
    func outputIsBounded(name: String) throws {
        let packed = try Self.vector(name + ".deflate")
        let plain = try Self.vector(name + ".plain")
        #expect(throws: Inflater.Failure.outputLimit(limit: plain.count - 1)) {
            try Inflater.inflate(packed, limit: plain.count - 1)
        }
    }

    @Test func overSubscribedCodeLengthsAreRefused() {
        #expect(HuffmanTable(lengths: [1, 1, 1]) == nil)
        #expect(HuffmanTable(lengths: [1, 2, 2]) != nil)
    }
}
