/// The language of what the tool shows a person. Russian is the default.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case ru, en
}

/// A message in both languages; reports pick one.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    /// The text in a language.
    public func text(_ language: Language) -> String { language == .ru ? ru : en }
}
