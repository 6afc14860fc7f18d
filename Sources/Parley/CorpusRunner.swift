import Dispatch

/// Scores a stream of articles on several threads and hands the results
/// back in input order, so output is byte-identical for any job count.
/// Articles are taken in batches, which bounds memory by the batch size,
/// not the corpus size.
public struct CorpusRunner: Sendable {
  public var engine: Engine
  public var model: any StanceModel
  public var evidence: Bool
  /// Threads to score on (at least 1).
  public var jobs: Int
  /// Articles per batch handed to the threads.
  public var batchSize: Int

  public init(engine: Engine, model: any StanceModel, evidence: Bool, jobs: Int, batchSize: Int = 256) {
    self.engine = engine
    self.model = model
    self.evidence = evidence
    self.jobs = max(1, jobs)
    self.batchSize = max(1, batchSize)
  }

  /// One scored article.
  public struct Result: Sendable {
    public var article: Article
    public var document: Document
    public var analysis: Analysis
    public var score: DocumentScore { analysis.score }
    /// Extra output made on the scoring thread (e.g. an encoded record).
    public var encoded: [UInt8]
  }

  /// Reads every article from `next`, scores it, runs `encode` on the
  /// scoring thread, and calls `handle` for each result in input order.
  public func run(next: () -> Article?, encode: @escaping @Sendable (Article, Document, Analysis) -> [UInt8] = { _, _, _ in [] }, handle: (Result) -> Void) {
    var batch: [Article] = []
    batch.reserveCapacity(batchSize)
    var done = false
    while !done {
      batch.removeAll(keepingCapacity: true)
      while batch.count < batchSize, let article = next() { batch.append(article) }
      if batch.count < batchSize { done = true }
      if batch.isEmpty { break }
      for result in score(batch, encode: encode) { handle(result) }
    }
  }

  func score(_ batch: [Article], encode: @escaping @Sendable (Article, Document, Analysis) -> [UInt8]) -> [Result] {
    let engine = self.engine
    let model = self.model
    let evidence = self.evidence
    let work: @Sendable (Article) -> Result = { article in
      let document = engine.read(id: article.id, bytes: article.bytes, source: article.source)
      let analysis = engine.analyze(document, model: model, evidence: evidence)
      return Result(article: article, document: document, analysis: analysis, encoded: encode(article, document, analysis))
    }
    if jobs == 1 || batch.count == 1 { return batch.map(work) }
    let slots = ResultSlots(count: batch.count)
    let stride = max(1, batch.count / (jobs * 4))
    let chunks = (batch.count + stride - 1) / stride
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      for i in (c * stride)..<min(batch.count, (c + 1) * stride) { slots.set(i, work(batch[i])) }
    }
    return slots.results()
  }
}

/// Write-once slots filled from several threads, each index by one thread.
/// Raw memory, so that writes to distinct indices need no exclusive access
/// to a shared array.
private final class ResultSlots: @unchecked Sendable {
  private let base: UnsafeMutablePointer<CorpusRunner.Result?>
  private let count: Int
  init(count: Int) {
    self.count = count
    base = .allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }
  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }
  func set(_ i: Int, _ r: CorpusRunner.Result) { base[i] = r }
  func results() -> [CorpusRunner.Result] { (0..<count).map { base[$0]! } }
}
