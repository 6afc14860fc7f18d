// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Parley",
  products: [
    .library(name: "Parley", targets: ["Parley"]),
    .executable(name: "parley", targets: ["ParleyCLI"]),
    .executable(name: "parley-bench", targets: ["ParleyBench"]),
  ],
  targets: [
    // The library: text → attribution → scoring → aggregation → reports.
    .target(
      name: "Parley",
      plugins: ["EmbedLexicons"]
    ),
    // The `parley` command: parses flags and calls the library.
    .executableTarget(
      name: "ParleyCLI",
      dependencies: ["Parley"]
    ),
    // `swift run -c release parley-bench`: throughput, memory and start-up
    // of the release `parley` beside it, against `wc -w` and VADER
    // (docs/benchmarks.md).
    .executableTarget(
      name: "ParleyBench",
      dependencies: ["Parley", "ParleyCLI", "ParleyBenchKit"]
    ),
    // The bench's measuring parts that tests check: the word-lookup floor.
    .target(
      name: "ParleyBenchKit",
      dependencies: ["Parley"]
    ),
    // Build-time tool: turns lexicons/*.tsv into a Swift source so the
    // default lexicons live inside the binary, with lexicons/ the only copy.
    .executableTarget(name: "LexiconEmbedder"),
    .plugin(
      name: "EmbedLexicons",
      capability: .buildTool(),
      dependencies: ["LexiconEmbedder"]
    ),
    .testTarget(
      name: "ParleyTests",
      dependencies: ["Parley"],
      exclude: ["Attribution/Golden"]
    ),
    .testTarget(
      name: "ParleyBenchTests",
      dependencies: ["ParleyBenchKit", "Parley"]
    ),
    .testTarget(
      name: "ParleyCLITests",
      dependencies: ["ParleyCLI", "Parley"],
      exclude: ["Golden"]
    ),
  ]
)
