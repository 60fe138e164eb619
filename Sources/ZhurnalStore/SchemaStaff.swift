/// The staff list (issue 15): logins, names, roles (`StaffRole.code` values, `|`-separated) and
/// the retired flag. An empty list is a personal journal.
enum SchemaStaff {
    static let sql = """
    CREATE TABLE staff(
        login TEXT PRIMARY KEY NOT NULL CHECK (length(login) > 0),
        last_name TEXT NOT NULL,
        first_name TEXT NOT NULL,
        middle_name TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL DEFAULT '',
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
    ) WITHOUT ROWID;
    """
}
