import Foundation

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

/// The example workspaces under `Examples/`, read file by file.
enum ExampleFiles {
    static let workspaces = ["kaliningrad-2023", "andropovsky-2023"]

    static func directory(_ name: String) -> URL {
        Fixture.repositoryRoot.appendingPathComponent("Examples").appendingPathComponent(name)
    }

    /// Every `.json` file of a workspace, relative to it, sorted.
    static func jsonFiles(_ name: String) -> [String] {
        let base = directory(name)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var result: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "json" else { continue }
            result.append(String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)))
        }
        return result.sorted()
    }

    /// Decodes a workspace file by its place and encodes it again, as the workspace store reads
    /// and writes it.
    static func reencoded(_ relativePath: String, data: Data) throws -> Data {
        switch relativePath {
        case WorkspaceLayout.settingsFile:
            return try JSONFileCodec.encode(
                VersionedFile(JSONFileCodec.decodeVersioned(WorkspaceSettings.self, from: data, path: relativePath)))
        case WorkspaceLayout.unitsFile:
            return WorkspaceStore.encodeUnits(try WorkspaceStore.decodeUnits(data, path: relativePath))
        case _ where relativePath.hasPrefix(WorkspaceLayout.roadmapsDirectory + "/"):
            return WorkspaceStore.encodeRoadmap(try WorkspaceStore.decodeRoadmap(data, path: relativePath))
        case _ where relativePath.hasPrefix(WorkspaceLayout.progressDirectory + "/"):
            return WorkspaceStore.encodeProgress(try WorkspaceStore.decodeProgress(data, path: relativePath))
        default:
            throw CocoaError(.fileReadUnknown)
        }
    }

    /// Whether the store's fast decoder and the `Codable` conformance read a file to the same value.
    static func decodersAgree(_ relativePath: String, data: Data) throws -> Bool {
        switch relativePath {
        case WorkspaceLayout.settingsFile:
            return true
        case WorkspaceLayout.unitsFile:
            return try WorkspaceStore.decodeUnits(data, path: relativePath)
                == JSONFileCodec.decodeVersioned(UnitRegister.self, from: data, path: relativePath)
        case _ where relativePath.hasPrefix(WorkspaceLayout.roadmapsDirectory + "/"):
            return try WorkspaceStore.decodeRoadmap(data, path: relativePath)
                == JSONFileCodec.decodeVersioned(Roadmap.self, from: data, path: relativePath)
        case _ where relativePath.hasPrefix(WorkspaceLayout.progressDirectory + "/"):
            return try WorkspaceStore.decodeProgress(data, path: relativePath)
                == JSONFileCodec.decodeVersioned(ProgressLog.self, from: data, path: relativePath)
        default:
            return false
        }
    }

    static func load(_ name: String) throws -> WorkspaceStore.Loaded {
        try WorkspaceStore(directory: directory(name)).load()
    }
}
