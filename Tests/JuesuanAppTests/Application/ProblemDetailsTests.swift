import Foundation
import JuesuanHTTP
import Testing
@testable import JuesuanApp

@Suite struct ProblemDetailsTests {
    @Test func serialisesMembersInOrder() {
        let problem = ProblemDetails(
            type: "urn:juesuan:problem:invalid-body", title: "Invalid body", status: 422, detail: "amount \"x\" is not a number",
            instance: "/v1/imports", requestID: "r1", errors: [.init(path: "$.rows[3].amount", detail: "not a decimal")]
        )
        let text = String(decoding: problem.jsonBytes(), as: UTF8.self)
        #expect(text == #"{"type":"urn:juesuan:problem:invalid-body","title":"Invalid body","status":422,"detail":"amount \"x\" is not a number","instance":"/v1/imports","request_id":"r1","errors":[{"path":"$.rows[3].amount","detail":"not a decimal"}]}"#)
        let response = problem.response()
        #expect(response.status.code == 422)
        #expect(response.headers.first(name: "Content-Type") == "application/problem+json")
    }

    @Test func omitsOptionalMembers() {
        let text = String(decoding: ProblemDetails(type: "about:blank", title: "Not Found", status: 404, detail: "no").jsonBytes(), as: UTF8.self)
        #expect(text == #"{"type":"about:blank","title":"Not Found","status":404,"detail":"no"}"#)
    }
}
