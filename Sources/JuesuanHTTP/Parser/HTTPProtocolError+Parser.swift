/// The protocol errors the request parser reports, one factory per status it answers.
extension HTTPProtocolError {
    /// 400 Bad Request: a syntax or framing error.
    static func badRequest(_ reason: String, _ detail: String) -> HTTPProtocolError {
        HTTPProtocolError(status: .badRequest, reason: reason, detail: detail)
    }

    /// 413 Content Too Large: a declared or streamed body above the body limit.
    static func bodyTooLarge(limit: Int) -> HTTPProtocolError {
        HTTPProtocolError(
            status: .contentTooLarge, reason: "body-too-large",
            detail: "The request body exceeds the limit of \(limit) bytes."
        )
    }

    /// 414 URI Too Long: the request line exceeds its limit.
    static func requestLineTooLong(limit: Int) -> HTTPProtocolError {
        HTTPProtocolError(
            status: .uriTooLong, reason: "request-line-too-long",
            detail: "The request line exceeds the limit of \(limit) bytes."
        )
    }

    /// 431 Request Header Fields Too Large: a field, the head or the field count exceeds its limit.
    static func headerFieldsTooLarge(_ reason: String, _ detail: String) -> HTTPProtocolError {
        HTTPProtocolError(status: .requestHeaderFieldsTooLarge, reason: reason, detail: detail)
    }

    /// 501 Not Implemented: a transfer coding other than `chunked`.
    static let unsupportedTransferCoding = HTTPProtocolError(
        status: HTTPStatus(code: 501), reason: "transfer-coding-unsupported",
        detail: "Transfer-Encoding must be exactly \"chunked\"; other transfer codings are not implemented."
    )

    /// 505 HTTP Version Not Supported: a major version other than 1.
    static let versionNotSupported = HTTPProtocolError(
        status: .httpVersionNotSupported, reason: "version-not-supported",
        detail: "Only HTTP/1.x is supported."
    )
}
