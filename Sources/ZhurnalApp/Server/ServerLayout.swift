/// Where a school server's Zhurnal lives (docs/deployment.md): the `zhurnal` account's 0700
/// directory with the 0600 journal, the program, the wrapper teachers run and the sudoers line
/// that lets the staff group run the program as the account.
public struct ServerLayout: Sendable, Equatable {
    /// The system account that owns the journal.
    public var account = "zhurnal"
    /// The group of the staff allowed to run the program as `account`.
    public var group = "zhurnal-staff"
    public var directory = "/var/lib/zhurnal"
    public var program = "/usr/local/lib/zhurnal/zhurnal"
    public var wrapper = "/usr/local/bin/zhurnal"
    public var sudoers = "/etc/sudoers.d/zhurnal"

    public init(group: String? = nil) {
        if let group { self.group = group }
    }

    public var journal: String { directory + "/journal.sqlite" }

    /// The sudoers rule: the staff group may run the program, and only it, as the account.
    public var sudoersText: String {
        """
        # Zhurnal: the staff group runs the journal program as the \(account) account, which owns the
        # journal; the program records each person by SUDO_USER. Written by `zhurnal server setup`.
        %\(group) ALL=(\(account)) NOPASSWD: \(program)

        """
    }

    /// The wrapper: teachers type `zhurnal …` and run the program as the account on the school journal.
    public var wrapperText: String {
        """
        #!/bin/sh
        # Zhurnal on the school server: runs the program as the \(account) account on the school
        # journal. Written by `zhurnal server setup`.
        exec sudo -u \(account) \(program) --db \(journal) "$@"

        """
    }

    /// What the administrator runs once (as root) to create the account and the group and hand
    /// the directory to the account; setup never creates system users itself.
    public var accountCommands: [String] {
        [
            "groupadd --system \(group)",
            "useradd --system --home-dir \(directory) --shell /usr/sbin/nologin \(account)",
            "chown -R \(account):\(account) \(directory)",
            "usermod -aG \(group) LOGIN    # for each teacher",
        ]
    }
}
