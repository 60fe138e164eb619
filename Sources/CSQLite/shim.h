#ifndef ZHURNAL_CSQLITE_SHIM_H
#define ZHURNAL_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro cast of -1 that Swift cannot import.
static inline sqlite3_destructor_type zhurnal_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// Binds UTF-8 text copied by SQLite.
static inline int zhurnal_bind_text(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}

/// Binds a blob copied by SQLite.
static inline int zhurnal_bind_blob(sqlite3_stmt *stmt, int index, const void *data, int length) {
    return sqlite3_bind_blob(stmt, index, data, length, SQLITE_TRANSIENT);
}
#endif
