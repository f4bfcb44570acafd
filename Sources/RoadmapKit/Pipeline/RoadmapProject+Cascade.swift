/// The cascade steps: where a school activity's values come from, and school roadmap skeletons.
extension RoadmapProject {
    /// The chain regional item → municipal item → school item behind one school activity (`activity`
    /// is its id or its number in the school roadmap).
    public func explain(school: SchoolID, activity: String) throws -> CascadeExplanation {
        _ = try self.school(school)
        let engine = try CascadeEngine(workspace: workspace)
        return try CascadeExplanation.explain(engine: engine, school: school, activity: activity)
    }

    /// The corrections recorded by `amend` for items of `explanation`'s chain (none when the
    /// project was not opened from a directory).
    package func amendments(concerning explanation: CascadeExplanation) throws -> [Amendment] {
        guard let directory else { return [] }
        let log = try AmendmentLog.load(workspace: directory)
        return log.concerning(explanation, municipality: workspace.school(explanation.school)?.municipality)
    }

    /// Builds school roadmap skeletons from this project's plans and writes them (`SkeletonRun`).
    /// School roadmaps and progress are read school by school from `schoolFiles`.
    public func writeSkeletons(_ request: SkeletonRun.Request, schoolFiles: SchoolFiles) throws(SkeletonRun.Failure)
        -> [SkeletonRun.Output]
    {
        try SkeletonRun.run(request, plans: workspace, schoolFiles: schoolFiles)
    }

    /// Writes a progress form per school of the request's municipality (`ProgressFormRun`).
    package func writeProgressForms(_ request: ProgressFormRun.Request) throws(ProgressFormRun.Failure)
        -> [ProgressFormRun.Output]
    {
        try ProgressFormRun.run(request, workspace: workspace)
    }
}
