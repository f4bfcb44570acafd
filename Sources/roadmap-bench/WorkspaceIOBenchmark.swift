import Foundation
import RoadmapKit

/// Reads and writes 4,000 school roadmaps of 75 activities through the workspace codec.
enum WorkspaceIOBenchmark {
    static let suite = BenchmarkSuite(name: "workspace-io") {
        let schools = 4000
        var activities: [Activity] = []
        for i in 1...75 {
            activities.append(
                Activity(
                    id: "r\(i)", number: "\(i).",
                    title: "Входной мониторинг текущего состояния в школах (материально-техническая оснащенность) \(i)",
                    schedule: "01.02.2023–15.05.2023", executors: "Руководитель ОО", indicator: "100% от числа школ участниц",
                    documents: ["Аналитическая справка"], implements: [ActivityLink(level: .region, activity: "\(i)")], origin: .skeleton,
                    provenance: Provenance(schedule: ValueOrigin(kind: .inherited, from: [ActivityLink(level: .region, activity: "\(i)")])))
            )
        }
        let roadmap = Roadmap(
            owner: .school("s"), title: "Дорожная карта ОО", period: .calendarYear(2023),
            sections: [RoadmapSection(title: "", activities: activities)])
        var start = Date()
        var bytes = 0
        var encoded = Data()
        for _ in 0..<schools {
            encoded = WorkspaceStore.encodeRoadmap(roadmap)
            bytes += encoded.count
        }
        let encodeTime = Date().timeIntervalSince(start)
        start = Date()
        for _ in 0..<schools { _ = try! WorkspaceStore.decodeRoadmap(encoded, path: "s.json") }
        let decodeTime = Date().timeIntervalSince(start)
        let mb = Double(bytes) / 1e6
        print(String(format: "encode %d roadmaps (%.1f MB): %.3f s, %.0f MB/s (one core)", schools, mb, encodeTime, mb / encodeTime))
        print(String(format: "decode %d roadmaps (%.1f MB): %.3f s, %.0f MB/s (one core)", schools, mb, decodeTime, mb / decodeTime))
    }
}
