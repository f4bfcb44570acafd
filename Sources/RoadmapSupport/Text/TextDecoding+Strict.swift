import Foundation

/// Why a text file handed in cannot be decoded safely.
package enum TextEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is UTF-16 (Excel's «Unicode text»): readable only after saving it again.
    case utf16(fileName: String)
    /// The file holds NUL bytes: not a text file.
    case binary(fileName: String)
    /// Some lines are UTF-8 and others Windows-1251: no one encoding reads the whole file.
    case mixed(fileName: String, utf8Line: Int, windows1251Line: Int)

    package var description: String { message.en }

    /// The message in both languages.
    package var message: LocalizedText {
        switch self {
        case .utf16(let file):
            LocalizedText(
                ru: "\(file): файл в кодировке UTF-16 («Текст Юникод»); сохраните его как «CSV UTF-8» или CSV в Windows-1251",
                en: "\(file): the file is UTF-16 (\"Unicode text\"); save it as \"CSV UTF-8\" or as CSV in Windows-1251")
        case .binary(let file):
            LocalizedText(
                ru: "\(file): в файле есть нулевые байты — это не текстовый файл (ожидался CSV или текст)",
                en: "\(file): the file holds NUL bytes — not a text file (expected CSV or text)")
        case .mixed(let file, let utf8Line, let windows1251Line):
            LocalizedText(
                ru:
                    "\(file): смешаны кодировки — строка \(utf8Line) в UTF-8, строка \(windows1251Line) в Windows-1251; сохраните весь файл в одной кодировке",
                en:
                    "\(file): mixed encodings — line \(utf8Line) is UTF-8, line \(windows1251Line) is Windows-1251; save the whole file in one encoding"
            )
        }
    }
}

extension TextDecoding {
    /// `decode(_:)`, refusing what it would misread: UTF-16, NUL bytes, and a file whose lines
    /// are in two encodings (a UTF-8 file with a line pasted from a Windows-1251 one was read
    /// wholly as Windows-1251, and every UTF-8 letter stored as two wrong ones).
    ///
    /// A file that is not valid UTF-8 is Windows-1251 unless one of its lines is valid UTF-8 with
    /// at least two two-byte Cyrillic letters: Windows-1251 Cyrillic text is never valid UTF-8
    /// beyond a chance pair such as «Р»+«»».
    package static func decodeStrictly(_ data: Data, fileName: String) throws(TextEncodingError) -> DecodedText {
        // The bytes are read in place: a copy of them beside the decoded text added the file's
        // size again to the peak memory of an import (issue 20).
        if let error = data.withUnsafeBytes({ notText($0, fileName: fileName) }) { throw error }
        let decoded = decode(data)
        guard decoded.encoding == .windows1251 else { return decoded }
        if let error = data.withUnsafeBytes({ mixedLines($0, fileName: fileName) }) { throw error }
        return decoded
    }

    /// UTF-16 or NUL bytes: not a text file `decode(_:)` could read.
    static func notText(_ bytes: UnsafeRawBufferPointer, fileName: String) -> TextEncodingError? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .utf16(fileName: fileName) }
        guard let nul = bytes.firstIndex(of: 0) else { return nil }
        // NULs at the start only ever at even or only at odd offsets (the high bytes of ASCII
        // characters): UTF-16 without its mark.
        let head = bytes.prefix(64)
        let evenNULs = stride(from: 0, to: head.count, by: 2).filter { head[$0] == 0 }.count
        let oddNULs = stride(from: 1, to: head.count, by: 2).filter { head[$0] == 0 }.count
        if nul < 64, evenNULs == 0 || oddNULs == 0 { return .utf16(fileName: fileName) }
        return .binary(fileName: fileName)
    }

    /// A file that is not valid UTF-8 but has a line that is (with Cyrillic in it): two encodings.
    static func mixedLines(_ bytes: UnsafeRawBufferPointer, fileName: String) -> TextEncodingError? {
        var utf8Line: Int?
        var windows1251Line: Int?
        var line = 1
        var start = bytes.startIndex
        while start <= bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let piece = bytes[start..<end]
            defer {
                line += 1
                start = end + 1
            }
            guard piece.contains(where: { $0 >= 0x80 }) else { continue }
            if String(validating: piece, as: UTF8.self) != nil {
                var cyrillic = 0
                for k in piece.indices.dropLast() where (piece[k] == 0xD0 || piece[k] == 0xD1) && piece[k + 1] & 0xC0 == 0x80 {
                    cyrillic += 1
                }
                if cyrillic >= 2, utf8Line == nil { utf8Line = line }
            } else if windows1251Line == nil {
                windows1251Line = line
            }
            if let utf8Line, let windows1251Line {
                return .mixed(fileName: fileName, utf8Line: utf8Line, windows1251Line: windows1251Line)
            }
        }
        return nil
    }
}
