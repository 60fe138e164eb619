/// What the acting person may read and change, from the staff list and the curriculum's
/// assignments. Pure: the store builds it and checks every write against it.
public struct StaffAccess: Hashable, Sendable {
    /// Who is acting.
    public enum Person: Hashable, Sendable {
        /// A personal journal (no staff list): its user may do everything.
        case owner
        /// A staff member on the list, not retired.
        case member(StaffMember)
        /// A login not on the list (or retired): no access at all.
        case unknown
    }

    /// A class-subject pair by ids.
    public struct Pair: Hashable, Sendable {
        public let classID: Int
        public let subjectID: Int
        public init(classID: Int, subjectID: Int) {
            self.classID = classID
            self.subjectID = subjectID
        }
    }

    public let login: String
    public let person: Person
    /// The pairs the curriculum assigns to the person (учебная нагрузка).
    public let assigned: Set<Pair>
    /// The ids of the classes the person is class teacher of.
    public let classesLed: Set<Int>

    public init(login: String, person: Person, assigned: Set<Pair> = [], classesLed: Set<Int> = []) {
        self.login = login
        self.person = person
        self.assigned = assigned
        self.classesLed = classesLed
    }

    /// Everything allowed: a personal journal's user.
    public static func owner(_ login: String) -> StaffAccess { StaffAccess(login: login, person: .owner) }

    /// The person's roles (everything for a personal journal's user, nothing for an unknown login).
    private var roles: [StaffRole] {
        switch person {
        case .owner: return [.admin]
        case .member(let member): return member.roles
        case .unknown: return []
        }
    }

    public var isKnown: Bool { person != .unknown }
    public var isAdmin: Bool { roles.contains(.admin) }
    /// Завуч or администратор: reads every journal.
    public var readsEverything: Bool { roles.contains(.deputy) || isAdmin }

    /// True when the person may make a change that needs `right`.
    public func allows(_ right: StaffRight) -> Bool {
        if isAdmin { return true }
        switch right {
        case .journal(let classID, let subjectID):
            return assigned.contains(Pair(classID: classID, subjectID: subjectID))
        case .roster(let classID):
            return roles.contains(.deputy) || classesLed.contains(classID)
        case .school, .lockTerms:
            return roles.contains(.deputy)
        case .catalogue:
            return roles.contains(.deputy) || roles.contains(.teacher)
        case .staff:
            return false
        }
    }

    /// True when the person may read the journal of a pair: his own, every subject of the
    /// classes he leads, everything for завуч and администратор.
    public func canRead(classID: Int, subjectID: Int) -> Bool {
        readsEverything || assigned.contains(Pair(classID: classID, subjectID: subjectID))
            || classesLed.contains(classID)
    }

    /// True when the person may read the reports of a whole class.
    public func canRead(classID: Int) -> Bool {
        readsEverything || classesLed.contains(classID) || assigned.contains { $0.classID == classID }
    }

    /// True for the person's own journal (assigned to him): the first screen lists these first.
    public func isOwn(classID: Int, subjectID: Int) -> Bool {
        assigned.contains(Pair(classID: classID, subjectID: subjectID))
    }
}
