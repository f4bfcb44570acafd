// The layers below this one, visible in every file of this target and to its users.
@_exported import RoadmapCascade
