/// How clients, proxies and the in-process response cache may keep a route's successful responses.
public enum CachePolicy: Sendable, Hashable {
    /// `Cache-Control: no-store`; never cached (health, metrics, writes).
    case noStore
    /// `Cache-Control: no-cache`; clients revalidate with the ETag every time; not kept in process.
    case revalidate
    /// `Cache-Control: public, max-age=N` (N from `cache.max_age_seconds`) with a strong ETag; the
    /// finished response (identity and gzip) is kept in the in-process response cache until the data
    /// version changes. For handlers whose output depends only on the path, the query and the stored data.
    case publicData

    /// The `Cache-Control` field value; `maxAgeSeconds` applies to `publicData`.
    public func headerValue(maxAgeSeconds: Int) -> String {
        switch self {
        case .noStore: "no-store"
        case .revalidate: "no-cache"
        case .publicData: "public, max-age=\(maxAgeSeconds)"
        }
    }

    /// Whether successful responses go through the in-process response cache.
    public var isCacheableInProcess: Bool {
        if case .publicData = self { return true }
        return false
    }
}
