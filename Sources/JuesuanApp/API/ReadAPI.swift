public import JuesuanStorage

/// The read API (`/v1/…`): departments, disclosures, tables, summary, 三公, budget execution, scorecards and the
/// classification catalogues, over a `DisclosureStore`. Every data route is `CachePolicy.publicData`: responses
/// depend only on the path, the query (and `Accept` for CSV) and the stored data, so they go through the response
/// cache and carry strong ETags.
public enum ReadAPI {
    /// The route collections to pass to `ServerAssembly(routes:)`.
    public static func routes(store: DisclosureStore) -> [any RouteCollection] {
        let api = ReadAPIContext(store: store)
        return [
            DepartmentRoutes(api: api), DisclosureRoutes(api: api), TableRoutes(api: api), SummaryRoutes(api: api),
            ThreePublicRoutes(api: api), BudgetExecutionRoutes(api: api), ScorecardRoutes(api: api), ClassificationRoutes(),
        ]
    }
}
