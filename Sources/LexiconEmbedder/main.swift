import Foundation

// Usage: LexiconEmbedder OUTPUT.swift FILE.tsv...
// Writes `BuiltinLexicons.files`: (name, contents) for every input, as raw
// string literals whose delimiter never occurs in the contents.
let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: LexiconEmbedder OUTPUT FILE...\n".utf8))
  exit(2)
}
var source = """
  // Generated at build time from lexicons/*.tsv by the EmbedLexicons plugin.
  // Do not edit: edit the files in lexicons/ instead.

  enum BuiltinLexicons {
    /// (file name, contents) of every default lexicon file, sorted by name.
    static let files: [(name: String, contents: String)] = [

  """
for path in arguments.dropFirst() {
  let url = URL(fileURLWithPath: path)
  let data = (try? Data(contentsOf: url)) ?? Data()
  // Invalid UTF-8 is repaired here; the loader reports it when it reads the
  // real file with `--lexicons`, and the drift test catches the difference.
  let text = String(decoding: data, as: UTF8.self)
  var hashes = "#"
  while text.contains("\"" + hashes) { hashes += "#" }
  source += "    (\"\(url.lastPathComponent)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "  ]\n}\n"
do {
  try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("LexiconEmbedder: cannot write \(outputPath): \(error)\n".utf8))
  exit(1)
}
