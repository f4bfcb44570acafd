/// One activity occurrence a report lists: overdue, done without its document, or falling due soon.
package struct ActivityItem: Hashable, Sendable, Codable {
    /// Whose roadmap the activity is in.
    package var owner: Owner
    /// The activity's id in that roadmap.
    package var activity: String
    /// The number as written («2.1.»), when there is one.
    package var number: String?
    package var title: String
    /// The occurrence's deadline; `nil` for a conditional activity.
    package var deadline: LocalDate?
    /// The required documents (empty when none is required).
    package var documents: [String]
    /// Исполнители, verbatim.
    package var executors: String
    /// Why the item is listed, when the record says (the reason given for «не применимо»).
    package var note: String?
    /// The regional plan's item this one implements directly (`region:N` → «4»), so region-wide
    /// lists can print «п. 4 плана» beside the unit's own number.
    package var planItem: String?

    package init(
        owner: Owner, activity: String, number: String?, title: String, deadline: LocalDate?, documents: [String],
        executors: String
    ) {
        self.owner = owner
        self.activity = activity
        self.number = number
        self.title = title
        self.deadline = deadline
        self.documents = documents
        self.executors = executors
    }
}
