/// What an executor cell («Руководители школ МОУО КОИРО») means: the roles it names, the schools it
/// names, and the words no rule knows.
package struct ExecutorResolution: Hashable, Sendable {
    /// Roles named, in the order they first appear.
    package var roles: [ExecutorRole]
    /// The rule phrases found, in order (as the rules spell them).
    package var phrases: [String]
    /// Schools named in the cell («МАОУ «ООШ п. Приморье»»), in order.
    package var schools: [SchoolID]
    /// Runs of words no rule and no school name explains («МКУ АМЦСО»), as written.
    package var unknown: [String]
    /// How the matched school-level phrases name the role in a school roadmap («Руководитель ОО»).
    package var schoolRoles: [String]

    package init(
        roles: [ExecutorRole] = [], phrases: [String] = [], schools: [SchoolID] = [], unknown: [String] = [],
        schoolRoles: [String] = []
    ) {
        self.roles = roles
        self.phrases = phrases
        self.schools = schools
        self.unknown = unknown
        self.schoolRoles = schoolRoles
    }

    /// The levels that must carry the activity: schools when a school phrase or a school is named,
    /// municipalities for municipal phrases, the region for regional and institutional ones.
    package var levels: Set<Level> {
        var result: Set<Level> = []
        for role in roles {
            switch role {
            case .school: result.insert(.school)
            case .municipality: result.insert(.municipality)
            case .region, .institution: result.insert(.region)
            }
        }
        if !schools.isEmpty { result.insert(.school) }
        return result
    }

    /// Whether schools owe the activity.
    package var owedBySchools: Bool { levels.contains(.school) }
    /// Whether municipalities owe the activity.
    package var owedByMunicipalities: Bool { levels.contains(.municipality) }
}
