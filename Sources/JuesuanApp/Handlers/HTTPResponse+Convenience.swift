public import JuesuanHTTP

extension HTTPResponse {
    /// The `Content-Type` of JSON responses.
    public static let jsonContentType = "application/json; charset=utf-8"

    /// A JSON response from already-serialized bytes.
    public static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: jsonContentType)
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    /// A plain-text response.
    public static func text(_ text: String, status: HTTPStatus = .ok, contentType: String = "text/plain; charset=utf-8") -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: contentType)
        return HTTPResponse(status: status, headers: headers, body: Array(text.utf8))
    }
}
