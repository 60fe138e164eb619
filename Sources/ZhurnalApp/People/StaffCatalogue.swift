import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The staff list as a settings catalogue (settings → F3): login, «Фамилия И. О.», roles. F8
/// retires a member instead of deleting him: he loses access, his name stays in history. Every
/// change goes through `Journal.setStaffMember`, which only an администратор may make.
struct StaffCatalogue: Catalogue {
    let session: JournalSession

    var title: Message { .journal(.staff(.staffTitle)) }

    var empty: Message { .journal(.staff(.noStaff)) }

    func items() throws -> [StaffMember] { try session.journal.staff() }

    func line(_ member: StaffMember) -> Message { .journal(.staff(.staffLine(member))) }

    func name(_ member: StaffMember) -> String { member.shortName }

    func editor(_ member: StaffMember?) throws -> any Screen {
        try StaffFormScreen(session: session, member: member)
    }

    func delete(_ member: StaffMember) throws -> Message? {
        guard !member.retired else { return .journal(.staff(.alreadyRetired(member.shortName))) }
        var retired = member
        retired.retired = true
        try session.journal.setStaffMember(retired)
        return nil
    }

    var removal: CatalogueRemoval {
        CatalogueRemoval(help: .journal(.staff(.keyRetire)), bar: .journal(.staff(.barRetire)),
                         confirm: { .journal(.staff(.confirmRetire($0))) }, done: { .journal(.staff(.retired($0))) })
    }
}
