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

/// The scalar fast path of `NameTokens` gives exactly the words of the grapheme path
/// (`String.lowercased()`, canonical «ё» replacement) on real text.
@Suite struct NameTokensTests {
    /// Every line of a seed document, and every table cell of it (cells are split on «|»).
    static func texts(_ seed: Fixture.Seed) throws -> [String] {
        let lines = try Fixture.text(seed.path).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return lines + lines.flatMap { $0.split(separator: "|").map(String.init) }
    }

    @Test(arguments: Fixture.Seed.allCases)
    func scalarPathAgreesWithGraphemePathOnSeedText(seed: Fixture.Seed) throws {
        let texts = try Self.texts(seed)
        var fast = 0
        for text in texts {
            let slow = NameTokens.graphemeWords(text)
            if let words = NameTokens.scalarWords(text) {
                fast += 1
                #expect(words == slow, "\(text)")
            }
            #expect(NameTokens(text).words == slow, "\(text)")
            #expect(NameTokens.normalizedWords(text) == slow.map(\.normalized), "\(text)")
        }
        // The fast path must be the one real text takes, or the comparison above proves nothing.
        #expect(fast * 10 >= texts.count * 9, "only \(fast) of \(texts.count) lines took the scalar path")
    }

    @Test(arguments: [
        "Руководители МБОУ СОШ №2, МБОУ СОШ № 9",
        "МАОУ \"ООШ п.Приморье\"",
        "ЁЛКА и ёж; Щука — «Ъ» (Ӂ Ӧ Ѣ Ґ Є І Ї)",
        "КОИРО/ЦППМ: п.-  Отдел образования-",
        "Руководители\u{a0}школ\tМОУО\nКОИРО “Центр” „развития“",
        "Directors Of SCHOOLS and Teachers' unions",
    ])
    func scalarPathAgreesOnPunctuationAndCase(text: String) throws {
        let words = try #require(NameTokens.scalarWords(text))
        #expect(words == NameTokens.graphemeWords(text))
        let bare = try #require(NameTokens.scalarWords(text, keepingOriginal: false))
        #expect(bare.map(\.normalized) == words.map(\.normalized))
        #expect(bare.allSatisfy { $0.original.isEmpty })
    }

    @Test func normalisedWordsAndSeparators() {
        let tokens = NameTokens("ЁЛКА и ёж, МБОУ СОШ №2")
        #expect(tokens.normalized == ["елка", "еж", "мбоу", "сош", "№", "2"])
        #expect(tokens.words.map(\.original) == ["ЁЛКА", "ёж", "МБОУ", "СОШ", "№", "2"])
        #expect(tokens.words.map(\.separatorBefore) == [false, true, true, false, false, false])
    }

    @Test(arguments: [
        "е\u{308}лка",  // a decomposed «ё»: a combining mark
        "Ecole Française",  // accented Latin
        "Руководители школ\r\nМОУО",  // CR LF is one grapheme
    ])
    func unusualTextTakesTheGraphemePath(text: String) {
        #expect(NameTokens.scalarWords(text) == nil)
        #expect(NameTokens(text).words == NameTokens.graphemeWords(text))
    }

    @Test func utf8OfEveryScalarTheFastPathAccepts() {
        let scalars =
            (0..<0x80).compactMap(Unicode.Scalar.init) + (0x400..<0x500).compactMap(Unicode.Scalar.init)
            + [0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x201C, 0x201D, 0x201E, 0x2116].compactMap(Unicode.Scalar.init)
        var checked = 0
        for scalar in scalars where NameScalars.kind(of: scalar) != .other {
            var bytes: [UInt8] = []
            NameScalars.appendUTF8(scalar, to: &bytes)
            #expect(bytes == Array(String(scalar).utf8), "U+\(String(scalar.value, radix: 16))")
            checked += 1
        }
        #expect(checked > 300)
    }

    @Test func decomposedYoIsFoldedLikeTheComposedOne() {
        #expect(NameTokens("е\u{308}лка").key == NameTokens("ёлка").key)
        #expect(NameTokens("ёлка").key == "елка")
    }
}
