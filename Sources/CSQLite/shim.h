#ifndef JUESUAN_CSQLITE_SHIM_H
#define JUESUAN_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import.
static inline sqlite3_destructor_type juesuan_sqlite_transient(void) { return SQLITE_TRANSIENT; }

/// sqlite3_config is variadic; Swift cannot call variadic C functions.
static inline int juesuan_sqlite_config_multithread(void) { return sqlite3_config(SQLITE_CONFIG_MULTITHREAD); }

/// sqlite3_db_config is variadic; turn on SQLITE_DBCONFIG_DEFENSIVE (no writes to the schema through PRAGMA
/// writable_schema, no corrupting shadow-table writes). Returns an SQLite result code.
static inline int juesuan_sqlite_db_config_defensive(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, on, (int *)0);
}

#endif
