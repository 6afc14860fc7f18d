import Foundation
import Testing

@testable import Parley

/// The lexicons compiled into the binary must be exactly the files in
/// `lexicons/`: same names, same bytes. When this fails, rebuild; if it
/// still fails, the embedder changed the text (line ends, escapes).
@Suite("Built-in lexicons")
struct BuiltinLexiconTests {
  @Test func sameFileListAsTheLexiconsFolder() {
    let onDisk = TestSupport.files(in: "lexicons", ext: "tsv")
    #expect(!onDisk.isEmpty)
    #expect(LexiconSet.builtinFiles.map(\.name) == onDisk)
  }

  @Test func byteIdenticalToTheFiles() throws {
    for file in LexiconSet.builtinFiles {
      let relative = "lexicons/\(file.name)"
      guard TestSupport.exists(relative) else {
        Issue.record("\(file.name) is built in but not in lexicons/")
        continue
      }
      let disk = try TestSupport.readBytes(relative)
      let builtin = Array(file.contents.utf8)
      if disk != builtin {
        let at = zip(disk, builtin).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(disk.count, builtin.count)
        let (line, column) = lineAndColumn(of: at, in: disk)
        Issue.record("\(relative):\(line):\(column): built-in copy differs (disk \(disk.count) bytes, built in \(builtin.count))")
      }
    }
  }

  @Test func loadsWithoutErrors() throws {
    do {
      let set = try LexiconSet.builtin()
      #expect(!set.entries.isEmpty)
      #expect(set.files == LexiconSet.builtinFiles.map { "lexicons/\($0.name)" })
      #expect(set.entries.allSatisfy { $0.file.hasPrefix("lexicons/") && $0.line > 0 })
    } catch {
      Issue.record("built-in lexicons do not load:\n\(error.description)")
    }
  }

  @Test func theBuiltinSetIsTheFolderLoaded() throws {
    let builtin = try LexiconSet.builtin()
    let folder = try LexiconSet.load(directory: TestSupport.path("lexicons"))
    #expect(builtin.entries.count == folder.entries.count)
    #expect(builtin.entries.map(\.term) == folder.entries.map(\.term))
  }

  @Test func theEngineSegmentsWithTheBuiltinAbbreviations() throws {
    let engine = try TestSupport.engine()
    #expect(engine.read(id: "a", text: "Mr. Smith and Dr. Jones met. They agreed.").sentences.count == 2)
  }
}

@Suite struct LexiconFingerprintTests {
  static func set(_ text: String) throws -> LexiconSet {
    try LexiconSet.parse(files: [("f.tsv", Array(text.utf8))])
  }

  @Test func sameContentSameFingerprintAnyChangeAnother() throws {
    let base = try Self.set("good\tvalence\t1\nbad\tvalence\t-1\n")
    #expect(try Self.set("good\tvalence\t1\t# note\nbad\tvalence\t-1\n").fingerprint == base.fingerprint)
    let changed = [
      "good\tvalence\t1.5\nbad\tvalence\t-1\n",  // a weight
      "good\tbooster\t1\nbad\tvalence\t-1\n",  // a category
      "goods\tvalence\t1\nbad\tvalence\t-1\n",  // a term
      "bad\tvalence\t-1\ngood\tvalence\t1\n",  // the order
      "good\tvalence\t1\n",  // an entry fewer
    ]
    for text in changed {
      #expect(try Self.set(text).fingerprint != base.fingerprint, "\(text)")
    }
    #expect(base.fingerprint.count == 16)
  }
}
