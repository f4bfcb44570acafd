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

/// A test-only inflater for what `DeflateCompressor` writes — stored and fixed-Huffman blocks
/// (RFC 1951) — so the writer's tests check its output without another library. Returns `nil`
/// on anything malformed or a dynamic-Huffman block.
enum FixedInflater {
    static func inflate(_ data: [UInt8]) -> [UInt8]? {
        var position = 0  // in bits
        func bit() -> Int? {
            guard position / 8 < data.count else { return nil }
            let value = Int(data[position / 8] >> UInt8(position % 8)) & 1
            position += 1
            return value
        }
        func bits(_ count: Int) -> Int? {
            var value = 0
            for k in 0..<count {
                guard let b = bit() else { return nil }
                value |= b << k
            }
            return value
        }
        /// A fixed-code literal/length symbol: 7, 8 or 9 bits, most significant first.
        func symbol() -> Int? {
            var code = 0
            for length in 1...9 {
                guard let b = bit() else { return nil }
                code = code << 1 | b
                switch (length, code) {
                case (7, 0...23): return 256 + code
                case (8, 0x30...0xBF): return code - 0x30
                case (8, 0xC0...0xC7): return 280 + code - 0xC0
                case (9, 0x190...0x1FF): return 144 + code - 0x190
                default: continue
                }
            }
            return nil
        }
        var out: [UInt8] = []
        while true {
            guard let final = bit(), let type = bits(2) else { return nil }
            switch type {
            case 0:
                position = (position + 7) / 8 * 8
                guard let length = bits(16), let complement = bits(16), length == ~complement & 0xFFFF,
                    position / 8 + length <= data.count
                else { return nil }
                out += data[(position / 8)..<(position / 8 + length)]
                position += length * 8
            case 1:
                while true {
                    guard let s = symbol() else { return nil }
                    if s < 256 {
                        out.append(UInt8(s))
                        continue
                    }
                    if s == 256 { break }
                    let code = s - 257
                    guard code < 29, let extra = bits(DeflateCompressor.lengthExtra[code]) else { return nil }
                    let length = DeflateCompressor.lengthBase[code] + extra
                    var d = 0
                    for _ in 0..<5 {
                        guard let b = bit() else { return nil }
                        d = d << 1 | b
                    }
                    guard d < 30, let dExtra = bits(DeflateCompressor.distanceExtra[d]) else { return nil }
                    let distance = DeflateCompressor.distanceBase[d] + dExtra
                    guard distance <= out.count else { return nil }
                    for _ in 0..<length { out.append(out[out.count - distance]) }
                }
            default:
                return nil
            }
            if final == 1 { return out }
        }
    }
}
