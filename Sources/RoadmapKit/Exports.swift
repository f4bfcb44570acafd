// RoadmapKit is the library's one import: it re-exports every layer below it
// (Docs/architecture.md), so `import RoadmapKit` sees the model, the engines and the renderers.
@_exported import RoadmapRender
