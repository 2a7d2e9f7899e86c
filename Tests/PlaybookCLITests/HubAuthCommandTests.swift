import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `hub user password`, `hub user add --password-stdin`, `hub import` and the hub's messages in
/// zh-Hans and en, as a user runs them; a password set from a pipe signs in to a served hub.
@Suite struct HubAuthCommandTests {
    static let product = "---\ntitle: 维修资金专户\n---\n摘要。\n"

    /// A fresh data folder, removed after `body`.
    func withData(_ body: (String) throws -> Void) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("hub-auth-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        try body(data)
    }

    func hub(_ arguments: [String], data: String, stdin: String? = nil, lang: String = "en") throws -> CLIRunner.Result {
        try CLIRunner.run(["hub"] + arguments + ["--data", data, "--lang", lang], stdin: stdin)
    }

    @Test func passwordsComeFromStandardInputAndAreChecked() throws {
        try withData { data in
            #expect(try hub(["user", "add", "zhou", "--role", "trainer"], data: data).status == 0)
            #expect(try hub(["user", "add", "lin", "--role", "learner"], data: data).status == 0)

            let set = try hub(["user", "password", "zhou"], data: data, stdin: "a long passphrase\n")
            #expect(set.status == 0, "\(set.stderr)")
            #expect(set.stdout.contains("password set for zhou"))

            let short = try hub(["user", "password", "zhou"], data: data, stdin: "short\n")
            #expect(short.status == 2)
            #expect(short.stderr.contains("at least 12 characters"))
            let empty = try hub(["user", "password", "zhou"], data: data, stdin: "")
            #expect(empty.status == 2)
            #expect(empty.stderr.contains("no password on standard input"))
            let learner = try hub(["user", "password", "lin"], data: data, stdin: "a long passphrase\n")
            #expect(learner.status == 2)
            #expect(learner.stderr.contains("only trainers sign in with a password"))
            let unknown = try hub(["user", "password", "nobody"], data: data, stdin: "a long passphrase\n")
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("no user named nobody"))
            // The password is never an argument.
            #expect(try hub(["user", "password", "zhou", "a long passphrase"], data: data).status != 0)

            let added = try hub(["user", "add", "chen", "--role", "trainer", "--password-stdin"], data: data, stdin: "another passphrase\n")
            #expect(added.status == 0, "\(added.stderr)")
            let learnerWithPassword = try hub(["user", "add", "wu", "--role", "learner", "--password-stdin"], data: data, stdin: "another passphrase\n")
            #expect(learnerWithPassword.status == 2)
            #expect(try hub(["user", "list"], data: data).stdout.contains("wu") == false, "nothing is added when the password is refused")
        }
    }

    @Test func aPasswordSetFromAPipeSignsInToTheServedHub() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        try withData { data in
            #expect(try hub(["user", "add", "zhou", "--role", "trainer", "--password-stdin"], data: data, stdin: "a long passphrase\r\n").status == 0)
            let hub = try HubProcess(["--content", playbook.content.path, "--data", data,
                                        "--secure-cookies", "--lang", "en"])
            defer { hub.killNow() }
            let (live, port) = (hub.live, hub.port)
            #expect(live.stderr.contains("hub serving http://127.0.0.1:\(port)/ (SQLite"))
            let base = "http://127.0.0.1:\(port)"

            let page = HTTPProbe.get(base + "/signin")
            #expect(page?.status == 200)
            #expect(page?.body.contains("Sign in") == true)
            let wrong = FormPost.send(base + "/signin", form: "name=zhou&password=wrong+passphrase", origin: base)
            #expect(wrong?.status == 401)
            let signedIn = FormPost.send(base + "/signin", form: "name=zhou&password=a+long+passphrase&next=%2Fapi%2Fv1%2Fteam", origin: base)
            #expect(signedIn?.status == 303)
            #expect(signedIn?.location == "/api/v1/team")
            #expect(signedIn?.setCookie?.contains("; Secure") == true)
            #expect(signedIn?.setCookie?.contains("HttpOnly") == true)
            let elsewhere = FormPost.send(base + "/signin", form: "name=zhou&password=a+long+passphrase", origin: "http://evil.example")
            #expect(elsewhere?.status == 403)

            live.signal(SIGTERM)
            #expect(LiveProcess.poll(timeout: 5) { !live.process.isRunning })
            #expect(live.stderr.contains("hub stopped"))
        }
    }

    static func progress(_ lines: [String]) -> String {
        let header = #"{"type":"header","format":"playbook-progress","version":1,"playbook":"维修资金专户","learner":"lin","exportedAt":"2026-04-10T00:00:00Z"}"#
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    static func review(_ id: String, card: String, rating: Int) -> String {
        #"{"type":"review","id":"\#(id)","card":"\#(card)","contentHash":"ab12","rating":\#(rating),"reviewedAt":"2026-03-01T09:00:00Z","mode":"flashcard","score":null,"answer":null}"#
    }

    @Test func importLoadsFilesOnceAndNamesBadLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.jsonl").path
        let bad = folder.appendingPathComponent("bad.jsonl").path
        try Self.progress([Self.review("r1", card: "fund/1", rating: 3), Self.review("r2", card: "fund/2", rating: 1)])
            .write(toFile: good, atomically: true, encoding: .utf8)
        try Self.progress([Self.review("r3", card: "fund/1", rating: 4), #"{"type":"review","id":"r4"}"#, Self.review("r5", card: "fund/3", rating: 9)])
            .write(toFile: bad, atomically: true, encoding: .utf8)
        try withData { data in
            #expect(try hub(["user", "add", "lin", "--role", "learner"], data: data).status == 0)

            let first = try hub(["import", good, "--learner", "lin"], data: data)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("\(good): 2 added, 0 already there, 0 refused"))
            let again = try hub(["import", good, "--learner", "lin"], data: data)
            #expect(again.status == 0)
            #expect(again.stdout.contains("\(good): 0 added, 2 already there, 0 refused"), "idempotent by event id")

            let mixed = try hub(["import", bad, good, "--learner", "lin"], data: data)
            #expect(mixed.status == 1, "a line was refused")
            #expect(mixed.stdout.contains("\(bad): 1 added, 0 already there, 2 refused"))
            #expect(mixed.stderr.contains("\(bad):3: "), "\(mixed.stderr)")
            #expect(mixed.stderr.contains("\(bad):4: "))
            #expect(mixed.stdout.contains("\(good): 0 added, 2 already there"), "the next file is still imported")

            let unknown = try hub(["import", good, "--learner", "nobody"], data: data)
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("hub user add nobody"), "\(unknown.stderr)")
            let missing = try hub(["import", folder.appendingPathComponent("none.jsonl").path, "--learner", "lin"], data: data)
            #expect(missing.status == 2)
            let headerless = folder.appendingPathComponent("headerless.jsonl").path
            try Self.review("r9", card: "fund/1", rating: 3).write(toFile: headerless, atomically: true, encoding: .utf8)
            let noHeader = try hub(["import", headerless, "--learner", "lin"], data: data)
            #expect(noHeader.status == 2)
            #expect(noHeader.stderr.contains("\(headerless):1"))
        }
    }

    @Test func hubMessagesFollowTheLanguage() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hub-lang-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.progress([Self.review("r1", card: "fund/1", rating: 3)]).write(toFile: file, atomically: true, encoding: .utf8)
        try withData { data in
            let zh = try hub(["user", "add", "lin", "--role", "learner", "--team", "A"], data: data, lang: "zh-Hans")
            #expect(zh.stdout.contains("已添加学员 lin（团队 A）"), "\(zh.stdout)")
            let en = try hub(["user", "add", "zhou", "--role", "trainer"], data: data, lang: "en")
            #expect(en.stdout.contains("added trainer zhou"))
            #expect(try hub(["import", file, "--learner", "lin"], data: data, lang: "zh-Hans").stdout.contains("新增 1 条，已有 0 条，拒绝 0 条"))
            let hant = try hub(["user", "token", "lin"], data: data, lang: "zh-Hant")
            #expect(hant.stdout.contains("lin 的新"), "\(hant.stdout)")
            let exists = try hub(["user", "add", "lin", "--role", "learner"], data: data, lang: "zh-Hans")
            #expect(exists.status == 2)
            #expect(exists.stderr.contains("错误：已经有名为 lin 的用户"), "\(exists.stderr)")
            let unknown = try hub(["user", "disable", "nobody"], data: data, lang: "en")
            #expect(unknown.stderr.contains("error: no user named nobody"))
            let both = try CLIRunner.run(["hub", "user", "list", "--data", data, "--database", "postgres://x@127.0.0.1/x"])
            #expect(both.status != 0)
        }
    }
}

/// A blocking form POST that does not follow redirects, so the sign-in's 303 and cookie can be read.
enum FormPost {
    struct Answer {
        var status: Int
        var location: String?
        var setCookie: String?
    }

    private final class NoRedirects: NSObject, URLSessionTaskDelegate {
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }

    static func send(_ url: String, form: String, origin: String) -> Answer? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var answer: Answer?
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.timeoutInterval = 10
        request.httpBody = Data(form.utf8)
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(origin, forHTTPHeaderField: "Origin")
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        session.dataTask(with: request) { _, response, _ in
            if let response = response as? HTTPURLResponse {
                answer = Answer(status: response.statusCode, location: response.value(forHTTPHeaderField: "Location"),
                                setCookie: response.value(forHTTPHeaderField: "Set-Cookie"))
            }
            done.signal()
        }.resume()
        done.wait()
        session.invalidateAndCancel()
        return answer
    }
}
