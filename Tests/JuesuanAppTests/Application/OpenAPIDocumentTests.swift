import Foundation
import Testing
@testable import JuesuanApp

/// `openapi.yaml` at the top level is what the executable ships (its resource copy) and describes every
/// endpoint this layer serves.
@Suite struct OpenAPIDocumentTests {
    let topLevel = repositoryRoot + "/openapi.yaml"
    let resource = repositoryRoot + "/Sources/juesuan/Resources/openapi.yaml"

    @Test func shippedResourceIsTheTopLevelDocument() throws {
        let top = try Data(contentsOf: URL(fileURLWithPath: topLevel))
        let shipped = try Data(contentsOf: URL(fileURLWithPath: resource))
        #expect(top == shipped, "openapi.yaml must stay a symlink to Sources/juesuan/Resources/openapi.yaml")
    }

    @Test func describesTheOperationsEndpoints() throws {
        let text = try String(contentsOfFile: topLevel, encoding: .utf8)
        #expect(text.hasPrefix("openapi: 3.1."))
        for path in ["/healthz:", "/readyz:", "/metrics:", "/openapi.yaml:"] {
            #expect(text.contains("\n  \(path)\n"), "\(path) is not described")
        }
    }
}
