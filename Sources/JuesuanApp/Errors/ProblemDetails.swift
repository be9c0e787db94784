public import JuesuanHTTP

/// An RFC 9457 problem details document (`application/problem+json`): type, title, status, detail,
/// instance, plus the request id and optional field-level `errors`.
public struct ProblemDetails: Sendable {
    /// One field-level problem: where (a JSON path such as `$.rows[3].amount`, or a parameter name) and what.
    public struct FieldError: Sendable, Hashable {
        public var path: String
        public var detail: String

        public init(path: String, detail: String) {
            self.path = path
            self.detail = detail
        }
    }

    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    /// The request path the problem occurred on.
    public var instance: String?
    /// The `X-Request-Id` of the request, repeated in the body for support tickets.
    public var requestID: String?
    public var errors: [FieldError]

    /// The media type of problem documents.
    public static let contentType = "application/problem+json"

    public init(
        type: String, title: String, status: Int, detail: String, instance: String? = nil,
        requestID: String? = nil, errors: [FieldError] = []
    ) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.requestID = requestID
        self.errors = errors
    }

    /// The document for an `APIError` that occurred on `instance`.
    public init(_ error: APIError, instance: String?, requestID: String?) {
        self.init(
            type: error.type, title: error.title, status: error.status.code, detail: error.detail,
            instance: instance, requestID: requestID, errors: error.errors
        )
    }

    /// The JSON bytes, members in a fixed order.
    public func jsonBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(160 + detail.utf8.count)
        out.append(UInt8(ascii: "{"))
        JSONText.appendKey("type", to: &out)
        JSONText.appendString(type, to: &out)
        out.append(UInt8(ascii: ","))
        JSONText.appendKey("title", to: &out)
        JSONText.appendString(title, to: &out)
        out.append(UInt8(ascii: ","))
        JSONText.appendKey("status", to: &out)
        JSONText.appendInteger(status, to: &out)
        out.append(UInt8(ascii: ","))
        JSONText.appendKey("detail", to: &out)
        JSONText.appendString(detail, to: &out)
        if let instance {
            out.append(UInt8(ascii: ","))
            JSONText.appendKey("instance", to: &out)
            JSONText.appendString(instance, to: &out)
        }
        if let requestID {
            out.append(UInt8(ascii: ","))
            JSONText.appendKey("request_id", to: &out)
            JSONText.appendString(requestID, to: &out)
        }
        if !errors.isEmpty {
            out.append(UInt8(ascii: ","))
            JSONText.appendKey("errors", to: &out)
            out.append(UInt8(ascii: "["))
            for (index, error) in errors.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "{"))
                JSONText.appendKey("path", to: &out)
                JSONText.appendString(error.path, to: &out)
                out.append(UInt8(ascii: ","))
                JSONText.appendKey("detail", to: &out)
                JSONText.appendString(error.detail, to: &out)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// The complete response: status, `Content-Type: application/problem+json`, `Cache-Control: no-store`.
    public func response(headers extra: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: Self.contentType)
        headers.add(name: "Cache-Control", value: "no-store")
        for field in extra { headers.add(name: field.name, value: field.value) }
        return HTTPResponse(status: HTTPStatus(code: status), headers: headers, body: jsonBytes())
    }
}
