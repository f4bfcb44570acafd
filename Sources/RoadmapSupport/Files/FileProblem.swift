import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Why a file could not be read or written, in the tool's own words in both languages: neither
/// the C library's texts («No such file or directory») nor Foundation's («The file “x” couldn’t be
/// opened…», «NSCocoaErrorDomain error 256») reach the user. Every file error goes through here.
package enum FileProblem: Hashable, Sendable {
    case notFound
    case permissionDenied
    case isDirectory
    /// A FIFO, a device, a socket: not a plain file (`kind` in English: «a FIFO»).
    case notRegular(kind: String)
    case notUTF8
    case diskFull
    case readOnly
    /// Any other system error, by its number.
    case other(code: Int32)

    /// The problem an `errno` value names.
    package init(errno code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        case EISDIR: self = .isDirectory
        case ENOSPC, EDQUOT: self = .diskFull
        case EROFS: self = .readOnly
        case EILSEQ: self = .notUTF8
        default: self = .other(code: code)
        }
    }

    /// The problem a Foundation or POSIX error names (its underlying `errno` when it has one).
    package init(_ error: any Error) {
        if let posix = error as? POSIXError {
            self.init(errno: posix.code.rawValue)
            return
        }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(underlying.code))
            return
        }
        if ns.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(ns.code))
            return
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: self = .notFound
        case .fileReadNoPermission, .fileWriteNoPermission: self = .permissionDenied
        // Reading text as UTF-8 fails with «corrupt file» on Linux, «inapplicable encoding» elsewhere.
        case .fileReadInapplicableStringEncoding, .fileWriteInapplicableStringEncoding, .fileReadCorruptFile:
            self = .notUTF8
        case .fileWriteOutOfSpace: self = .diskFull
        case .fileWriteVolumeReadOnly: self = .readOnly
        default: self = .other(code: Int32(truncatingIfNeeded: ns.code))
        }
    }

    /// The problem in both languages.
    package var message: LocalizedText {
        switch self {
        case .notFound: LocalizedText(ru: "файл не найден", en: "no such file")
        case .permissionDenied: LocalizedText(ru: "нет прав доступа", en: "permission denied")
        case .isDirectory: LocalizedText(ru: "это папка, а не файл", en: "is a directory, not a file")
        case .notRegular(let kind): LocalizedText(ru: "это не обычный файл (\(Self.russianKind(kind)))", en: "not a regular file (\(kind))")
        case .notUTF8: LocalizedText(ru: "текст не в кодировке UTF-8", en: "the text is not UTF-8")
        case .diskFull: LocalizedText(ru: "на диске нет места", en: "the disk is full")
        case .readOnly: LocalizedText(ru: "диск только для чтения", en: "read-only file system")
        case .other(let code): LocalizedText(ru: "системная ошибка \(code)", en: "system error \(code)")
        }
    }

    /// The English text, as stored in `WorkspaceError` reasons.
    package var reason: String { message.en }

    /// The Russian form of a stored reason: one of this type's English texts (optionally followed
    /// by «; …»), else the reason unchanged.
    package static func russian(_ reason: String) -> String {
        let head = reason.split(separator: ";", maxSplits: 1).first.map(String.init) ?? reason
        let tail = reason.dropFirst(head.count)
        let known: [FileProblem] = [.notFound, .permissionDenied, .isDirectory, .notUTF8, .diskFull, .readOnly]
        if let problem = known.first(where: { $0.reason == head }) { return problem.message.ru + russianTail(tail) }
        if head.hasPrefix("not a regular file ("), head.hasSuffix(")") {
            let kind = String(head.dropFirst("not a regular file (".count).dropLast())
            let problem = kind == "a directory" ? FileProblem.isDirectory : .notRegular(kind: kind)
            return problem.message.ru + russianTail(tail)
        }
        if head.hasPrefix("system error "), let code = Int32(head.dropFirst("system error ".count)) {
            return FileProblem.other(code: code).message.ru + russianTail(tail)
        }
        return reason
    }

    private static func russianTail(_ tail: Substring) -> String {
        tail == "; refusing to replace it" ? "; заменять его программа не станет" : String(tail)
    }

    private static func russianKind(_ kind: String) -> String {
        switch kind {
        case "a directory": "папка"
        case "a FIFO": "именованный канал"
        case "a device": "устройство"
        case "a socket": "сокет"
        default: "особый файл"
        }
    }
}
