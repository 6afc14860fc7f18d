import Foundation
import PackagePlugin

/// Compiles every `lexicons/*.tsv` file of the package into a Swift source
/// file of the `Parley` target, so the binary carries its default lexicons
/// and `lexicons/` stays the single copy.
@main
struct EmbedLexicons: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    let lexiconDir = context.package.directoryURL.appending(path: "lexicons")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: lexiconDir.path)) ?? []
    let inputs = names.filter { $0.hasSuffix(".tsv") }.sorted().map { lexiconDir.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinLexicons.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) lexicon files",
        executable: try context.tool(named: "LexiconEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        // The folder itself too, so adding or removing a file re-embeds.
        inputFiles: inputs + [lexiconDir],
        outputFiles: [output]
      )
    ]
  }
}
