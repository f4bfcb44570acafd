/// A raw DEFLATE (RFC 1951) decoder for zip entries: stored, fixed-Huffman and dynamic-Huffman
/// blocks, with the output bounded so that a small entry cannot expand without limit.
///
/// Decoding is table-driven: each Huffman code is looked up by peeking its longest length of
/// bits at once (codes are stored bit-reversed, as DEFLATE sends them least significant bit first).
struct Inflater {
    /// Why a stream could not be inflated; `offset` is the byte of the compressed input reached.
    enum Failure: Error, Hashable, Sendable {
        case truncated(offset: Int)
        case reservedBlockType(offset: Int)
        case storedLengthMismatch(offset: Int)
        case badCodeLengths(offset: Int)
        case badSymbol(offset: Int)
        case distanceTooFar(offset: Int, distance: Int, available: Int)
        case outputLimit(limit: Int)

        /// What went wrong, in both languages.
        var message: LocalizedText {
            switch self {
            case .truncated(let offset):
                LocalizedText(
                    ru: "сжатые данные обрываются (байт \(offset))", en: "the compressed data ends early (byte \(offset))")
            case .reservedBlockType(let offset):
                LocalizedText(
                    ru: "неизвестный тип блока DEFLATE (байт \(offset))", en: "unknown DEFLATE block type (byte \(offset))")
            case .storedLengthMismatch(let offset):
                LocalizedText(
                    ru: "длина несжатого блока не сходится со своим дополнением (байт \(offset))",
                    en: "a stored block's length does not match its complement (byte \(offset))")
            case .badCodeLengths(let offset):
                LocalizedText(
                    ru: "неверная таблица кодов Хаффмана (байт \(offset))", en: "invalid Huffman code lengths (byte \(offset))")
            case .badSymbol(let offset):
                LocalizedText(
                    ru: "неверный код Хаффмана (байт \(offset))", en: "invalid Huffman code (byte \(offset))")
            case .distanceTooFar(let offset, let distance, let available):
                LocalizedText(
                    ru: "ссылка на \(distance) байт назад, а распаковано только \(available) (байт \(offset))",
                    en: "a back-reference of \(distance) bytes with only \(available) bytes decoded (byte \(offset))")
            case .outputLimit(let limit):
                LocalizedText(
                    ru: "распакованные данные больше предела \(limit) байт",
                    en: "the inflated data exceeds the limit of \(limit) bytes")
            }
        }
    }

    /// Inflates `input`, refusing to produce more than `limit` bytes.
    static func inflate(_ input: [UInt8], limit: Int, expectedSize: Int? = nil) throws(Failure) -> [UInt8] {
        var decoder = Inflater(input: input, limit: limit)
        decoder.output.reserveCapacity(min(expectedSize ?? input.count * 4, limit))
        try decoder.run()
        return decoder.output
    }

    private let input: [UInt8]
    private let limit: Int
    private var position = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private(set) var output: [UInt8] = []

    private init(input: [UInt8], limit: Int) {
        self.input = input
        self.limit = limit
    }

    private mutating func run() throws(Failure) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(Self.fixedLiteral, Self.fixedDistance)
            case 2:
                let (literal, distance) = try dynamicTables()
                try codes(literal, distance)
            default: throw .reservedBlockType(offset: position)
            }
        }
    }

    // MARK: bits

    private mutating func refill() {
        while bitCount <= 56, position < input.count {
            bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    private mutating func bits(_ count: Int) throws(Failure) -> Int {
        if bitCount < count {
            refill()
            if bitCount < count { throw .truncated(offset: position) }
        }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    private mutating func decode(_ table: HuffmanTable) throws(Failure) -> Int {
        if bitCount < table.maxLength { refill() }
        let entry = table.entries[Int(bitBuffer & UInt64(table.mask))]
        let length = Int(entry & 0xF)
        if length == 0 { throw bitCount < table.maxLength ? .truncated(offset: position) : .badSymbol(offset: position) }
        if length > bitCount { throw .truncated(offset: position) }
        bitBuffer >>= UInt64(length)
        bitCount -= length
        return Int(entry >> 4)
    }

    // MARK: blocks

    private mutating func stored() throws(Failure) {
        _ = try bits(bitCount % 8)
        let length = try bits(16)
        let complement = try bits(16)
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch(offset: position) }
        guard output.count + length <= limit else { throw .outputLimit(limit: limit) }
        // Whole bytes still in the bit buffer come first, then the input directly.
        var remaining = length
        while remaining > 0, bitCount >= 8 {
            output.append(UInt8(try bits(8)))
            remaining -= 1
        }
        guard position + remaining <= input.count else { throw .truncated(offset: input.count) }
        output.append(contentsOf: input[position..<(position + remaining)])
        position += remaining
    }

    private static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    private mutating func codes(_ literal: HuffmanTable, _ distance: HuffmanTable) throws(Failure) {
        while true {
            let symbol = try decode(literal)
            if symbol < 256 {
                guard output.count < limit else { throw .outputLimit(limit: limit) }
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < 29 else { throw .badSymbol(offset: position) }
                let length = Self.lengthBase[index] + (try bits(Self.lengthExtra[index]))
                let distanceSymbol = try decode(distance)
                guard distanceSymbol < 30 else { throw .badSymbol(offset: position) }
                let back = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
                guard back <= output.count else {
                    throw .distanceTooFar(offset: position, distance: back, available: output.count)
                }
                guard output.count + length <= limit else { throw .outputLimit(limit: limit) }
                var from = output.count - back
                for _ in 0..<length {
                    output.append(output[from])
                    from += 1
                }
            }
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamicTables() throws(Failure) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .badCodeLengths(offset: position) }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[Self.codeLengthOrder[i]] = try bits(3) }
        guard let codeLengthTable = HuffmanTable(lengths: codeLengthLengths) else {
            throw .badCodeLengths(offset: position)
        }
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(codeLengthTable)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .badCodeLengths(offset: position) }
                lengths += repeatElement(previous, count: 3 + (try bits(2)))
            case 17: lengths += repeatElement(0, count: 3 + (try bits(3)))
            default: lengths += repeatElement(0, count: 11 + (try bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] != 0,
            let literal = HuffmanTable(lengths: Array(lengths[0..<literalCount])),
            let distance = HuffmanTable(lengths: Array(lengths[literalCount...]))
        else { throw .badCodeLengths(offset: position) }
        return (literal, distance)
    }

    private static let fixedLiteral = HuffmanTable(
        lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24)
            + [Int](repeating: 8, count: 8))!
    private static let fixedDistance = HuffmanTable(lengths: [Int](repeating: 5, count: 30))!
}

/// A canonical Huffman code as a lookup table indexed by the next `maxLength` input bits.
/// Each entry is `symbol << 4 | length`; 0 marks a bit pattern no code starts with.
struct HuffmanTable: Sendable {
    let entries: [UInt32]
    let maxLength: Int
    let mask: Int

    /// Builds the code from each symbol's code length (0: unused). `nil` when the lengths
    /// over-subscribe the code space.
    init?(lengths: [Int]) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            if left < 0 { return nil }
        }
        let maxLength = max(1, lengths.max() ?? 1)
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        var entries = [UInt32](repeating: 0, count: 1 << maxLength)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let code = next[length]
            next[length] += 1
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            var index = reversed
            while index < entries.count {
                entries[index] = UInt32(symbol << 4 | length)
                index += 1 << length
            }
        }
        self.entries = entries
        self.maxLength = maxLength
        self.mask = (1 << maxLength) - 1
    }
}
