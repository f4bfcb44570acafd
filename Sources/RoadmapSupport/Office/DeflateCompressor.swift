/// Compresses bytes as one raw DEFLATE block (RFC 1951) with the fixed Huffman codes: LZ77
/// matches of 3–258 bytes up to 32 KiB back, found through hash chains of three-byte prefixes.
///
/// The fixed codes keep the compressor small and its output deterministic; the XML of a workbook
/// still shrinks to a fraction (repeated tags and cell references are long matches). Every zip
/// reader inflates it, since the fixed codes are part of every inflater.
enum DeflateCompressor {
    /// Match lengths 3…258: the base of each length code 257…285 and its extra bits.
    static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Distances 1…32768: the base of each distance code 0…29 and its extra bits.
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    static let window = 32768
    static let maxMatch = 258
    /// Candidates tried per position: enough for XML, bounded for speed.
    static let maxChain = 64

    static func compress(_ input: [UInt8]) -> [UInt8] {
        var out = BitWriter()
        out.write(1, bits: 1)  // BFINAL: the only block
        out.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        let n = input.count
        var head = [Int32](repeating: -1, count: 1 << 15)
        var previous = [Int32](repeating: -1, count: n)
        func hash(_ p: Int) -> Int {
            (Int(input[p]) << 10 ^ Int(input[p + 1]) << 5 ^ Int(input[p + 2])) & 0x7FFF
        }
        func insert(_ p: Int) {
            guard p + 2 < n else { return }
            let h = hash(p)
            previous[p] = head[h]
            head[h] = Int32(p)
        }
        var i = 0
        while i < n {
            var bestLength = 0
            var bestDistance = 0
            if i + 2 < n {
                let longest = min(maxMatch, n - i)
                var candidate = Int(head[hash(i)])
                var tried = 0
                while candidate >= 0, i - candidate <= window, tried < maxChain {
                    var length = 0
                    while length < longest, input[candidate + length] == input[i + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = i - candidate
                        if length == longest { break }
                    }
                    candidate = Int(previous[candidate])
                    tried += 1
                }
            }
            if bestLength >= 3 {
                writeLength(bestLength, to: &out)
                writeDistance(bestDistance, to: &out)
                for p in i..<(i + bestLength) { insert(p) }
                i += bestLength
            } else {
                writeSymbol(Int(input[i]), to: &out)
                insert(i)
                i += 1
            }
        }
        writeSymbol(256, to: &out)  // end of block
        return out.finish()
    }

    /// A literal/length symbol in the fixed code (RFC 1951, 3.2.6).
    static func writeSymbol(_ symbol: Int, to out: inout BitWriter) {
        switch symbol {
        case 0...143: out.writeCode(0x30 + symbol, bits: 8)
        case 144...255: out.writeCode(0x190 + symbol - 144, bits: 9)
        case 256...279: out.writeCode(symbol - 256, bits: 7)
        default: out.writeCode(0xC0 + symbol - 280, bits: 8)
        }
    }

    static func writeLength(_ length: Int, to out: inout BitWriter) {
        let code = lengthBase.lastIndex { $0 <= length }!
        writeSymbol(257 + code, to: &out)
        out.write(length - lengthBase[code], bits: lengthExtra[code])
    }

    static func writeDistance(_ distance: Int, to out: inout BitWriter) {
        let code = distanceBase.lastIndex { $0 <= distance }!
        out.writeCode(code, bits: 5)
        out.write(distance - distanceBase[code], bits: distanceExtra[code])
    }

    /// Packs bits into bytes least significant bit first, as DEFLATE stores them.
    struct BitWriter {
        private(set) var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var count = 0

        /// `bits` low bits of `value`, least significant first (extra bits, block header).
        mutating func write(_ value: Int, bits: Int) {
            guard bits > 0 else { return }
            buffer |= UInt64(value & ((1 << bits) - 1)) << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// A Huffman code: its most significant bit goes first.
        mutating func writeCode(_ code: Int, bits: Int) {
            var reversed = 0
            for k in 0..<bits where code & (1 << k) != 0 { reversed |= 1 << (bits - 1 - k) }
            write(reversed, bits: bits)
        }

        /// The bytes, the last one padded with zero bits.
        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            buffer = 0
            count = 0
            return bytes
        }
    }
}
