/// The envelope of every workspace file: `schemaVersion` next to the content's own fields.
///
/// A missing `schemaVersion` reads as 1; a newer one than `WorkspaceFormat.currentVersion` is
/// refused with `SchemaVersionTooNew` before any other field is read.
struct VersionedFile<Content: Codable>: Codable {
    var schemaVersion: Int
    var content: Content

    init(_ content: Content) {
        self.schemaVersion = WorkspaceFormat.currentVersion
        self.content = content
    }

    enum CodingKeys: String, CodingKey { case schemaVersion }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        guard schemaVersion <= WorkspaceFormat.currentVersion else {
            throw SchemaVersionTooNew(found: schemaVersion)
        }
        content = try Content(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try content.encode(to: encoder)
    }
}

struct SchemaVersionTooNew: Error {
    var found: Int
}

/// Facts about the on-disk format.
package enum WorkspaceFormat {
    /// The schema version this tool writes and the newest it reads.
    package static let currentVersion = 1
}
