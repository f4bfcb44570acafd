/// A progress row that was not applied, with the file and row it came from.
package struct ProgressRowProblem: Hashable, Sendable, Codable {
    package enum Code: String, Hashable, Sendable, Codable {
        case unknownSchool = "unknown-school"
        case unknownActivity = "unknown-activity"
        case noRoadmap = "no-roadmap"
        case unknownStatus = "unknown-status"
        case impossibleDate = "impossible-date"
        case badDate = "bad-date"
        case badCount = "bad-count"
        case missingValue = "missing-value"
        /// «не применимо» without a reason in the comment.
        case missingReason = "missing-reason"
    }

    package var file: String
    /// 1-based line where the record starts.
    package var line: Int
    package var code: Code
    package var message: LocalizedText

    package init(file: String, line: Int, code: Code, ru: String, en: String) {
        self.file = file
        self.line = line
        self.code = code
        self.message = LocalizedText(ru: ru, en: en)
    }

    /// `file:line: [code] message`.
    package func formatted(_ language: Language) -> String {
        "\(file):\(line): [\(code.rawValue)] \(message.text(language))"
    }
}

/// What merging a progress file did.
package struct ProgressMergeResult: Hashable, Sendable {
    /// The progress logs that changed, with the new records appended.
    package var changedLogs: [ProgressLog]
    /// Records appended.
    package var appended: Int
    /// Rows identical to a record already in the log (not appended again).
    package var unchanged: Int
    /// Rows not applied, in file order.
    package var rejected: [ProgressRowProblem]

    package init(changedLogs: [ProgressLog], appended: Int, unchanged: Int, rejected: [ProgressRowProblem]) {
        self.changedLogs = changedLogs
        self.appended = appended
        self.unchanged = unchanged
        self.rejected = rejected
    }
}
