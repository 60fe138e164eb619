// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Zhurnal",
    products: [
        .executable(name: "zhurnal", targets: ["zhurnal"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "ZhurnalCore"),
        .target(name: "ZhurnalStore", dependencies: ["ZhurnalCore", "CSQLite"]),
        .target(name: "TerminalUI"),
        .target(name: "ZhurnalApp", dependencies: ["ZhurnalCore", "ZhurnalStore", "TerminalUI"]),
        .target(name: "ZhurnalTools", dependencies: ["ZhurnalApp", "ZhurnalStore", "ZhurnalCore", "TerminalUI"]),
        .target(name: "Terminal", dependencies: ["TerminalUI", "CNCursesW"]),
        .executableTarget(name: "zhurnal", dependencies: ["ZhurnalApp", "ZhurnalTools", "ZhurnalStore", "ZhurnalCore", "TerminalUI", "Terminal"]),
        .target(name: "HostileSupport", dependencies: ["ZhurnalCore"], path: "Tests/HostileSupport"),
        .testTarget(name: "ZhurnalCoreTests", dependencies: ["ZhurnalCore", "HostileSupport"]),
        .testTarget(name: "ZhurnalStoreTests", dependencies: ["ZhurnalStore", "ZhurnalCore", "CSQLite", "HostileSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "ZhurnalAppTests", dependencies: ["ZhurnalApp", "ZhurnalStore", "ZhurnalCore", "TerminalUI", "HostileSupport"]),
        .testTarget(name: "ZhurnalToolsTests", dependencies: ["ZhurnalTools", "ZhurnalApp", "ZhurnalStore", "ZhurnalCore", "TerminalUI", "HostileSupport"]),
        .testTarget(name: "CLITests", dependencies: ["zhurnal", "TerminalUI", "HostileSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["zhurnal", "ZhurnalApp", "ZhurnalTools", "ZhurnalStore", "ZhurnalCore", "TerminalUI"]),
    ]
)
