/// The library's error types of the layers above Support speak both languages (`BilingualError`);
/// the conformances sit here, in the top layer, which sees every type.
extension ImportError: BilingualError {}
extension CascadeError: BilingualError {}
extension UnknownUnit: BilingualError {}
extension Workspace.AmendError: BilingualError {}
extension SkeletonRun.Failure: BilingualError {}
extension ProgressFormRun.Failure: BilingualError {}
extension LinkSuggester.LinkError: BilingualError {}
extension StatusFileError: BilingualError {}
extension ProgressImporter.FileError: BilingualError {}
extension SchoolListImport.Failure: BilingualError {}
extension WorkspaceImport.Exists: BilingualError {}
