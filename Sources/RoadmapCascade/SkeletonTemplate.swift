/// One activity the schools of a municipality owe, ready to be stamped into each school's skeleton.
///
/// Everything a school's copy holds is computed once per municipality; stamping only numbers it.
/// `schools` restricts the template to some schools (a municipal item naming them, or a deadline
/// tightened only for them); several templates may share an id with disjoint school sets.
package struct SkeletonTemplate: Hashable, Sendable {
    /// The school activity (id `r5`, `m2.1`; no number yet).
    package var activity: Activity
    /// The section it goes in.
    package var sectionTitle: String
    /// The schools it applies to; `nil` = every school of the municipality.
    package var schools: Set<SchoolID>?

    package init(activity: Activity, sectionTitle: String, schools: Set<SchoolID>? = nil) {
        self.activity = activity
        self.sectionTitle = sectionTitle
        self.schools = schools
    }

    /// Whether the template applies to a school.
    package func applies(to school: SchoolID) -> Bool { schools?.contains(school) ?? true }
}
