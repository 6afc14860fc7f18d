import Foundation

extension CorpusRunner {
  /// Reads `reader`'s inputs, scores every article and hands on the
  /// outputs in input order, as `run(next:materialize:transform:handle:)`
  /// does, but in pieces: a JSONL file goes to the threads as chunks of
  /// whole lines (about `chunkBytes` each), each parsed where it is scored,
  /// so an article is made, scored and freed on one thread, and the
  /// reading thread only finds line ends. Every article of a piece goes
  /// through `transform` into the piece's one `Output` (made by
  /// `makeOutput`; e.g. one buffer for all its records, `RecordBuffer`),
  /// and `handle` gets each piece's output, in input order, on the calling
  /// thread. A text file is a piece of one article.
  ///
  /// Problems in the lines go into `reader.diagnostics` where
  /// `ArticleReader.next()` would have put them; with the reader's
  /// `uniqueIDs`, every article is read by `next()` and is a piece.
  ///
  /// `jobs` threads score: the calling thread (between reading and handing
  /// on, with this runner's engine) and `jobs - 1` started here, each with
  /// its own engine copy. Input of one piece is scored on the calling
  /// thread alone.
  public func run<Output: Sendable>(
    reading reader: ArticleReader, chunkBytes: Int = CorpusRunner.lineChunkBytes, materialize: Bool = true,
    makeOutput: @escaping @Sendable () -> Output,
    transform: @escaping @Sendable (Article, Document, Analysis, inout Output) -> Void,
    handle: (Output) -> Void
  ) {
    let model = self.model
    let evidence = self.evidence
    let chunkBytes = max(1, chunkBytes)
    /// Scores the articles of `piece` into one output; the problems of its
    /// lines come back beside it. `workspace` and `parser` belong to the
    /// calling thread.
    @Sendable func score(_ piece: InputPiece, _ engine: Engine, _ workspace: inout Workspace, _ parser: inout JSONLLineParser) -> PieceResult<Output> {
      var output = makeOutput()
      var problems: [Diagnostic] = []
      func one(_ article: Article) {
        let document = Self.read(article, segmenter: engine.segmenter, buffers: &workspace.document)
        var analysis = engine.analyze(document, model: model, evidence: evidence, workspace: &workspace)
        if materialize { analysis.materialize() }
        transform(article, document, analysis, &output)
        workspace.keepRows(taking: &analysis)
      }
      switch piece {
      case .article(let article): one(article)
      case .lines(let chunk):
        chunk.forEachLine { line, number in
          switch parser.parse(line, line: number, of: chunk.file) {
          case .blank: break
          case .article(let article): one(article)
          case .problem(let problem): problems.append(problem)
          }
        }
      }
      return PieceResult(output: output, problems: problems)
    }
    var workspace = Workspace()
    var parser = JSONLLineParser()
    // Up to two pieces read before any thread starts: one alone is scored
    // here, with no engine copy to build.
    var readAhead: [(piece: InputPiece, mark: Int)] = []
    if jobs > 1, let first = reader.nextPiece(chunkBytes: chunkBytes) {
      readAhead.append(first)
      if let second = reader.nextPiece(chunkBytes: chunkBytes) { readAhead.append(second) }
    }
    if jobs == 1 || readAhead.count < 2 {
      for (piece, mark) in readAhead {
        let result = score(piece, engine, &workspace, &parser)
        reader.insertLineProblems(result.problems, at: mark)
        handle(result.output)
      }
      if jobs == 1 {
        while let (piece, mark) = reader.nextPiece(chunkBytes: chunkBytes) {
          let result = score(piece, engine, &workspace, &parser)
          reader.insertLineProblems(result.problems, at: mark)
          handle(result.output)
        }
      }
      return
    }
    // Pieces read and not yet handed on, at most: enough queued that a
    // worker never waits while the calling thread scores one.
    let inFlight = 4 * jobs
    let pipeline = HandOff<InputPiece, PieceResult<Output>>(capacity: inFlight, emptyJob: .article(Article(id: "", bytes: [], source: "")))
    let finished = DispatchGroup()
    let engine = self.engine
    Self.startWorkers(jobs - 1, engine: engine, finished: finished) { own in
      var workspace = Workspace()
      var parser = JSONLLineParser()
      while let (number, piece) = pipeline.take() {
        pipeline.put(number, score(piece, own, &workspace, &parser))
      }
    }
    // The reader's diagnostic marks of the pieces in flight, by number.
    var marks = [Int](repeating: 0, count: inFlight)
    var read = 0
    var handled = 0
    var exhausted = false
    func handOn(_ result: PieceResult<Output>) {
      reader.insertLineProblems(result.problems, at: marks[handled % inFlight])
      handle(result.output)
      handled += 1
    }
    var readAheadIndex = 0
    while true {
      // Keep the queue full.
      while !exhausted, read - handled < inFlight {
        let next: (piece: InputPiece, mark: Int)?
        if readAheadIndex < readAhead.count {
          next = readAhead[readAheadIndex]
          readAheadIndex += 1
        } else {
          next = reader.nextPiece(chunkBytes: chunkBytes)
        }
        guard let (piece, mark) = next else {
          exhausted = true
          pipeline.close()
          break
        }
        marks[read % inFlight] = mark
        pipeline.submit(read, piece)
        read += 1
      }
      // Hand on whatever is done, in order.
      while let result = pipeline.poll(handled) { handOn(result) }
      if exhausted && handled == read { break }
      // Score a queued piece here, or wait for the next one in order.
      if let (number, piece) = pipeline.tryTake() {
        pipeline.put(number, score(piece, self.engine, &workspace, &parser))
      } else if handled < read {
        handOn(pipeline.wait(handled))
      }
    }
    pipeline.close()
    finished.wait()
  }
}

/// A piece's output and the problems found in its lines.
struct PieceResult<Output: Sendable>: Sendable {
  var output: Output
  var problems: [Diagnostic]
}

extension CorpusRunner {
  /// The size of a chunk of JSONL lines handed to a worker: about 38
  /// articles of the bench corpus, a few milliseconds of work.
  public static let lineChunkBytes = 1 << 16
}
