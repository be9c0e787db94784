internal import CSQLite

extension SQLiteConnection {
    /// Runs `body` inside one transaction: `BEGIN <kind>`, then `COMMIT` when `body` returns, or `ROLLBACK` when
    /// it (or the commit) throws. Nothing of a failed transaction remains. Transactions do not nest.
    @discardableResult
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        guard !isInTransaction else {
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "a transaction is already open on this connection",
                              sql: "BEGIN \(kind.rawValue) TRANSACTION")
        }
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let value: T
        do {
            value = try body()
            try execute("COMMIT TRANSACTION")
        } catch {
            rollbackIfNeeded()
            throw error
        }
        return value
    }

    /// Rolls back the open transaction, if SQLite has not already done so (it does on some errors, such as
    /// SQLITE_FULL). A failed rollback leaves nothing to do: the connection is back in autocommit or closed.
    func rollbackIfNeeded() {
        guard isInTransaction else { return }
        _ = try? execute("ROLLBACK TRANSACTION")
    }
}
