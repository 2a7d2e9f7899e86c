// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "playbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "playbook", targets: ["playbook"]),
        .library(name: "PlaybookCore", targets: ["PlaybookCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
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
        .executableTarget(
            name: "playbook",
            dependencies: [
                "PlaybookCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlaybookCoreTests",
            dependencies: ["PlaybookCore"],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `playbook` binary: output, exit codes, bad input.
        .testTarget(
            name: "PlaybookCLITests",
            dependencies: ["playbook"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
