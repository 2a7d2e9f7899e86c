// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "playbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "playbook", targets: ["playbook"]),
        .library(name: "PlaybookCore", targets: ["PlaybookCore"]),
        .library(name: "PlaybookSite", targets: ["PlaybookSite"]),
        .library(name: "PlaybookDrill", targets: ["PlaybookDrill"]),
        .library(name: "PlaybookHub", targets: ["PlaybookHub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.0.0"),
        // The one HTTP stack: `playbook serve` now, the hub next. swift-configuration support
        // (a default trait) is left out until something reads its settings that way.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"]), .brew(["opencc"])]
        ),
        .target(
            name: "PlaybookCore",
            dependencies: ["CCmark", "COpenCC", .product(name: "Yams", package: "Yams")]
        ),
        // Cache files, file stamps, the input fingerprint and the parse cache: what lets commands
        // skip work whose inputs have not changed. Core reads documents through a protocol
        // (`DocumentReading`) and knows nothing of it.
        .target(
            name: "PlaybookCache",
            dependencies: ["PlaybookCore"]
        ),
        .target(
            name: "PlaybookSite",
            dependencies: ["PlaybookCore", "PlaybookCache", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "PlaybookDrill",
            dependencies: ["PlaybookCore", "PlaybookCache", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The HTTP plumbing of every playbook server (`serve`, the hub): a site's files from
        // memory with their headers, safe request paths, listening until a clean stop.
        .target(
            name: "PlaybookHTTP",
            dependencies: [
                "PlaybookCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The hub's storage: users, tokens and learners' progress events in SQLite or PostgreSQL,
        // one schema and one set of queries through SQLKit.
        .target(
            name: "PlaybookHub",
            dependencies: [
                "PlaybookCore",
                "PlaybookDrill",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // The hub's HTTP API and the built site on one origin, on Hummingbird through PlaybookHTTP.
        // Kept apart from PlaybookHub so the store (and `hub import`/`report`) stays HTTP-free.
        .target(
            name: "PlaybookHubServer",
            dependencies: [
                "PlaybookCore",
                "PlaybookHub",
                "PlaybookHTTP",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // `playbook serve`: the site from memory on 127.0.0.1, rebuilt and reloaded on change.
        .target(
            name: "PlaybookServe",
            dependencies: [
                "PlaybookSite",
                "PlaybookCache",
                "PlaybookHTTP",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ]
        ),
        .executableTarget(
            name: "playbook",
            dependencies: [
                "PlaybookCore",
                "PlaybookCache",
                "PlaybookSite",
                "PlaybookDrill",
                "PlaybookServe",
                "PlaybookHTTP",
                "PlaybookHub",
                "PlaybookHubServer",
                .product(name: "Rainbow", package: "Rainbow"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlaybookCoreTests",
            dependencies: ["PlaybookCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlaybookCacheTests",
            dependencies: ["PlaybookCache"]
        ),
        .testTarget(
            name: "PlaybookSiteTests",
            dependencies: ["PlaybookSite"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlaybookDrillTests",
            dependencies: ["PlaybookDrill"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlaybookHTTPTests",
            dependencies: ["PlaybookHTTP", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        // The hub's store and server API on SQLite and, with PLAYBOOK_TEST_POSTGRES_URL set, on PostgreSQL.
        .testTarget(
            name: "PlaybookHubTests",
            dependencies: [
                "PlaybookHub",
                "PlaybookHubServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // Runs the built `playbook` binary: output, exit codes, bad input.
        .testTarget(
            name: "PlaybookCLITests",
            // PlaybookHub and SQLKit: the hub's reliability tests read the store directly.
            dependencies: ["playbook", "PlaybookHub", .product(name: "SQLKit", package: "sql-kit")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
