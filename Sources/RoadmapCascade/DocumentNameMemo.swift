import Foundation

/// Higher documents' names as the level below names them (`CascadeRules.lowerDocumentName`), each
/// name worked out once per run: every municipality's roadmap requires the same few documents, and
/// matching a name against the rules tokenises every rule's name. Shared by the builders of all
/// municipalities, on all cores. Names are told apart by their bytes (a name spelt with other bytes
/// is only worked out again).
final class DocumentNameMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var lower: [UTF8Key: String] = [:]

    /// The lower name of `higher`, made by `make` the first time.
    func lower(_ higher: String, make: () -> String) -> String {
        let key = UTF8Key(higher)
        if let known = lock.withLock({ lower[key] }) { return known }
        let made = make()
        lock.withLock { lower[key] = made }
        return made
    }
}
