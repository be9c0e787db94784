import Foundation
import Glibc
@testable import JuesuanHTTP
import JuesuanTransport
import Synchronization
import Testing

@Suite("Live server: connection cap, concurrency, vanishing clients")
struct LiveConnectionTests {
    @Test func connectionAboveTheCapGets503WhileExistingClientsKeepBeingServed() throws {
        try withLiveServer(configure: { $0.limits.maxConnections = 2 }) { server in
            let first = try LiveTestClient(port: server.port)
            let second = try LiveTestClient(port: server.port)
            for client in [first, second] {
                try client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
                #expect(try client.readResponse().status == 200)
            }
            let extra = try LiveTestClient(port: server.port)
            try extra.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
            let refused = try extra.readResponse()
            #expect(refused.status == 503)
            #expect(refused.header("Connection") == "close")
            #expect(refused.header("X-Error-Reason") == "too-many-connections")
            #expect(try extra.waitForClose())
            #expect(server.metrics.rejectedConnections == 1)

            for client in [first, second] {
                try client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
                #expect(try client.readResponse().bodyText == "hello")
            }
            first.close()
            #expect(waitUntil(timeout: 5) { server.metrics.openConnections == 1 })
            try expectServerAlive(server)
        }
    }

    @Test func twoHundredConcurrentKeepAliveClientsTimesHundredRequests() throws {
        try withLiveServer { server in
            let port = server.port
            let threads = 4
            let perThread = 50
            let rounds = 100
            let correct = Atomic<Int>(0)
            let failures = LockedValue<[String]>([])
            let group = DispatchGroup()
            for thread in 0..<threads {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    do {
                        let clients = try (0..<perThread).map { _ in try LiveTestClient(port: port) }
                        for round in 0..<rounds {
                            for (index, client) in clients.enumerated() {
                                try client.send("GET /path?t=\(thread)&c=\(index)&r=\(round) HTTP/1.1\r\nHost: a\r\n\r\n")
                            }
                            for (index, client) in clients.enumerated() {
                                let response = try client.readResponse()
                                if response.status == 200
                                    && response.bodyText == "/path|t=\(thread)&c=\(index)&r=\(round)|\(round + 1)" {
                                    correct.wrappingAdd(1, ordering: .relaxed)
                                } else {
                                    failures.withLock { $0.append("\(response.status) \(response.bodyText)") }
                                }
                            }
                        }
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
            }
            #expect(group.wait(timeout: .now() + 120) == .success)
            #expect(correct.load(ordering: .relaxed) == threads * perThread * rounds)
            #expect(failures.withLock { Array($0.prefix(5)) } == [])
        }
    }

    @Test func clientsResettingMidResponseAreClosedQuietly() throws {
        try withLiveServer { server in
            for _ in 0..<100 {
                let client = try LiveTestClient(port: server.port, receiveBuffer: 4096)
                try client.send("GET /bytes/2000000 HTTP/1.1\r\nHost: a\r\n\r\n")
                _ = try client.readBytes(1)
                client.reset()
            }
            for _ in 0..<100 {
                let client = try LiveTestClient(port: server.port)
                try client.send("GET /hello HTTP/1.1\r\nHo")
                client.shutdownWrite()
                #expect(try client.readUntilClosed().isEmpty)
            }
            #expect(waitUntil(timeout: 5) { server.metrics.openConnections == 0 })
            try expectServerAlive(server)
        }
    }

    @Test func halfCloseAfterACompleteRequestStillGetsTheResponse() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            try client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\nGET /path?x HTTP/1.1\r\nHost: a\r\n\r\n")
            client.shutdownWrite()
            #expect(try client.readResponse().bodyText == "hello")
            #expect(try client.readResponse().bodyText == "/path|x|2")
            #expect(try client.waitForClose())
        }
    }

    @Test func largeResponsesToPipelinedRequestsArriveCompleteAndInOrder() throws {
        try withLiveServer { server in
            let client = try LiveTestClient(port: server.port)
            let sizes = [3_000_000, 10, 1_500_000, 0, 700_000]
            try client.send(sizes.map { "GET /bytes/\($0) HTTP/1.1\r\nHost: a\r\n\r\n" }.joined())
            for size in sizes {
                let response = try client.readResponse(timeout: 10)
                #expect(response.body.count == size)
                #expect(response.body.prefix(3) == ArraySlice(Array("abc".utf8).prefix(size)))
            }
        }
    }

    @Test func metricsCountBytesAndConnections() throws {
        try withLiveServer { server in
            let request = "GET /hello HTTP/1.1\r\nHost: a\r\n\r\n"
            let client = try LiveTestClient(port: server.port)
            try client.send(request)
            let response = try client.readResponse()
            #expect(server.metrics.openConnections == 1)
            #expect(server.metrics.acceptedConnections == 1)
            #expect(waitUntil(timeout: 5) { server.metrics.bytesReceived == request.utf8.count })
            #expect(waitUntil(timeout: 5) { server.metrics.bytesSent == response.raw.count })
        }
    }
}

@Suite("Live server: addresses and loops")
struct LiveAddressTests {
    @Test func servesOverIPv6Loopback() throws {
        var configuration = HTTPServerConfiguration()
        configuration.host = "::1"
        configuration.port = 0
        configuration.eventLoopCount = 1
        let server = HTTPServer(configuration: configuration, responder: LiveTestResponder())
        try server.start()
        defer {
            server.shutdown()
            server.waitUntilStopped()
        }
        #expect(server.localAddress?.family == .ipv6)
        let descriptor = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = server.port.bigEndian
        inet_pton(AF_INET6, "::1", &address.sin6_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
        }
        #expect(connected == 0)
        let request = "GET /hello HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"
        _ = send(descriptor, request, request.utf8.count, 0)
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            var readable = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&readable, 1, 5_000) == 1 else { break }
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count <= 0 { break }
            received += chunk[0..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(text.hasSuffix("\r\n\r\nhello"))
    }

    @Test func connectionsAreSpreadOverEveryLoop() throws {
        try withLiveServer(loops: 2) { server in
            var loops: [String] = []
            let clients = try (0..<8).map { _ in try LiveTestClient(port: server.port) }
            for client in clients {
                try client.send("GET /loop HTTP/1.1\r\nHost: a\r\n\r\n")
                loops.append(try client.readResponse().bodyText)
            }
            #expect(loops.filter { $0 == "0" }.count == 4)
            #expect(loops.filter { $0 == "1" }.count == 4)
        }
    }

    @Test func defaultLoopCountFollowsTheCPUsTheProcessMayUse() throws {
        var configuration = HTTPServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.eventLoopCount = 0
        let server = HTTPServer(configuration: configuration, responder: LiveTestResponder())
        try server.start()
        #expect(server.eventLoopCount == SystemClock.availableProcessorCount)
        try expectServerAlive(server)
        server.shutdown()
        server.waitUntilStopped()
    }

    @Test func invalidHostAndBusyPortFailToStartWithTheReason() throws {
        var configuration = HTTPServerConfiguration()
        configuration.host = "not-an-address"
        configuration.port = 0
        #expect(throws: SocketAddressError(host: "not-an-address")) {
            try HTTPServer(configuration: configuration, responder: LiveTestResponder()).start()
        }
        try withLiveServer { running in
            var busy = HTTPServerConfiguration()
            busy.host = "127.0.0.1"
            busy.port = running.port
            let error = #expect(throws: SystemError.self) {
                try HTTPServer(configuration: busy, responder: LiveTestResponder()).start()
            }
            #expect(error?.call == "bind")
            #expect(error?.errno == EADDRINUSE)
        }
    }
}
