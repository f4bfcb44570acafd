/// One token of a deadline text, as the lexer (`ScheduleLexer`) produces it.
///
/// Tokens keep their position in the source (in Unicode scalars) so the parser can quote the
/// original text for conditions and leftovers.
struct ScheduleToken: Sendable {
    enum Kind: UInt8, Sendable {
        case number, word, dot, dash, slash, comma, colon, semicolon, open, close, other
    }

    var kind: Kind
    /// The value of a number (−1 when it has more than 9 digits).
    var value: Int
    /// Digits of a number, letters of a word.
    var length: Int
    /// Source range in Unicode scalars.
    var start: Int
    var end: Int
    /// What a known word means; `nil` for unknown words and non-words.
    var keyword: ScheduleKeyword?

    var isPunctuation: Bool { kind != .number && kind != .word }
}
