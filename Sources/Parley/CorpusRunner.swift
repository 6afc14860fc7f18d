import Foundation

/// Scores a stream of articles on several threads and hands the results
/// back in input order, so output is byte-identical for any job count.
///
/// With more than one job it is a pipeline: the calling thread reads
/// articles and hands results to `handle` in input order while `jobs`
/// worker threads score (and `encode`) the articles in between, so reading
/// and writing overlap with scoring instead of waiting for it. At most
/// `batchSize` articles are in flight (read but not yet handled), which
/// bounds memory by that number, not by the corpus size.
public struct CorpusRunner: Sendable {
  public var engine: Engine
  public var model: any StanceModel
  public var evidence: Bool
  /// Threads to score on (at least 1).
  public var jobs: Int
  /// Articles in flight at most: read and not yet handed to `handle`.
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

    public init(article: Article, document: Document, analysis: Analysis, encoded: [UInt8] = []) {
      self.article = article
      self.document = document
      self.analysis = analysis
      self.encoded = encoded
    }
  }

  /// `article`'s document, read with a worker's `buffers`. (Out of line:
  /// inlined in the worker's loop, the document was made in a temporary
  /// and copied out, a retain and a release of each of its arrays.)
  @inline(never)
  static func read(_ article: Article, segmenter: Segmenter, buffers: inout DocumentBuffers) -> Document {
    Document(id: article.id, bytes: article.bytes, segmenter: segmenter, source: article.source, knownValidUTF8: article.isValidUTF8, buffers: &buffers)
  }

  /// Reads every article from `next`, scores it, runs `encode` on the
  /// scoring thread, and calls `handle` for each result in input order.
  /// `next` and `handle` run on the calling thread only.
  public func run(next: () -> Article?, encode: @escaping @Sendable (Article, Document, Analysis) -> [UInt8] = { _, _, _ in [] }, handle: (Result) -> Void) {
    run(next: next, materialize: true, transform: { article, document, analysis in
      Result(article: article, document: document, analysis: analysis, encoded: encode(article, document, analysis))
    }, handle: handle)
  }

  /// Reads every article from `next`, scores it, turns article, document
  /// and analysis into an `Output` on the scoring thread, and calls
  /// `handle` with each output in input order. `next` and `handle` run on
  /// the calling thread only.
  ///
  /// What `transform` does not keep is freed on the scoring thread: a
  /// caller that needs only an encoded record gets the calling thread's
  /// time back for reading and writing.
  ///
  /// With one job, `transform` too runs on the calling thread, each
  /// article's right after the last article's `handle` and right before
  /// its own: it may then write output itself, in order.
  ///
  /// With `materialize` (the default) each analysis has its statements and
  /// speakers built once (`Analysis.materialize()`), as `Engine.analyze`
  /// returns them; without, they are built on every read, which only pays
  /// for a transform that reads them at most once or writes the record
  /// (`ReportEncoder` reads the rows).
  public func run<Output: Sendable>(next: () -> Article?, materialize: Bool = true, transform: @escaping @Sendable (Article, Document, Analysis) -> Output, handle: (Output) -> Void) {
    let model = self.model
    let evidence = self.evidence
    /// Scores one article; `workspace` belongs to the calling thread.
    @Sendable func work(_ engine: Engine, _ article: Article, _ workspace: inout Workspace) -> Output {
      let document = Self.read(article, segmenter: engine.segmenter, buffers: &workspace.document)
      var analysis = engine.analyze(document, model: model, evidence: evidence, workspace: &workspace)
      if materialize { analysis.materialize() }
      let output = transform(article, document, analysis)
      // The rows' arrays serve the next article (when the output holds on
      // to the analysis, they stay its own: the next article makes new ones).
      workspace.keepRows(taking: &analysis)
      return output
    }
    // Word facts and scoring buffers kept from article to article, one
    // workspace per thread.
    var workspace = Workspace()
    if jobs == 1 {
      while let article = next() { handle(work(engine, article, &workspace)) }
      return
    }
    // A single article (one file, a short standard input) is scored here:
    // no threads to start, no engine copies to build.
    guard let first = next() else { return }
    guard let second = next() else {
      handle(work(engine, first, &workspace))
      return
    }
    var readAhead = [first, second]
    func take() -> Article? {
      if readAhead.isEmpty { return next() }
      return readAhead.removeFirst()
    }
    let pipeline = HandOff<[Article], Output>(capacity: batchSize, emptyJob: [])
    let finished = DispatchGroup()
    let engine = self.engine
    Self.startWorkers(jobs, engine: engine, finished: finished) { own in
      var workspace = Workspace()
      while let (first, articles) = pipeline.take() {
        pipeline.put(first, articles.map { work(own, $0, &workspace) })
      }
    }
    // Articles go to the workers in chunks, so that threads meet (and wake
    // each other) once per chunk, not once per article.
    let chunk = max(1, min(16, batchSize / (jobs * 4)))
    var pending: [Article] = []
    pending.reserveCapacity(chunk)
    var read = 0
    var submitted = 0
    var handled = 0
    var exhausted = false
    while true {
      // Keep the workers fed; hand over whatever is done meanwhile.
      while !exhausted, read - handled < batchSize {
        guard let article = take() else {
          exhausted = true
          break
        }
        pending.append(article)
        read += 1
        if pending.count == chunk || read - handled == batchSize {
          pipeline.submit(submitted, pending)
          submitted = read
          pending.removeAll(keepingCapacity: true)
          while let result = pipeline.poll(handled) {
            handle(result)
            handled += 1
          }
        }
      }
      if !pending.isEmpty {
        pipeline.submit(submitted, pending)
        submitted = read
        pending.removeAll(keepingCapacity: true)
      }
      if exhausted { pipeline.close() }
      if handled == read { break }
      handle(pipeline.wait(handled))
      handled += 1
      while let result = pipeline.poll(handled) {
        handle(result)
        handled += 1
      }
    }
    pipeline.close()
    finished.wait()
  }

  /// Starts `count` worker threads running `body`, each with its own copy
  /// of `engine`; `finished` is entered for each and left when its body
  /// returns. A worker makes its own deep copy (`Engine.deepCopy()`): the
  /// built tables in buffers of its own, so no reference-counted buffer is
  /// shared between threads (sharing one makes every retain and release
  /// bounce a cache line between cores).
  static func startWorkers(_ count: Int, engine: Engine, finished: DispatchGroup, _ body: @escaping @Sendable (Engine) -> Void) {
    for _ in 0..<count {
      finished.enter()
      let thread = Thread {
        body(engine.deepCopy())
        finished.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Scores `batch` on `jobs` threads; results in input order.
  func score(_ batch: [Article], encode: @escaping @Sendable (Article, Document, Analysis) -> [UInt8]) -> [Result] {
    var out: [Result] = []
    out.reserveCapacity(batch.count)
    var iterator = batch.makeIterator()
    CorpusRunner(engine: engine, model: model, evidence: evidence, jobs: jobs, batchSize: max(1, batch.count)).run(next: { iterator.next() }, encode: encode) { out.append($0) }
    return out
  }
}

/// The hand-over between the calling thread and the workers: a queue of
/// numbered jobs (chunks of articles, pieces of input) and a ring of
/// results by number, under one lock.
final class HandOff<Job: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [(Int, Job)] = []
  private var head = 0
  private var closed = false
  private var results: [Output?]
  private var waitingFor = -1
  /// What a taken job's slot is left holding, so that the queue does not
  /// keep the job's memory alive.
  private let emptyJob: Job

  init(capacity: Int, emptyJob: Job) {
    results = Array(repeating: nil, count: capacity)
    self.emptyJob = emptyJob
  }

  /// Queues job `number`.
  func submit(_ number: Int, _ job: Job) {
    condition.lock()
    if head > 64 && head * 2 > queue.count {
      queue.removeFirst(head)
      head = 0
    }
    queue.append((number, job))
    condition.signal()
    condition.unlock()
  }

  /// No more jobs: workers finish what is queued, then stop.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next queued job, waiting for one; nil once the queue is closed
  /// and empty.
  func take() -> (Int, Job)? {
    condition.lock()
    defer { condition.unlock() }
    while head == queue.count {
      if closed { return nil }
      condition.wait()
    }
    return pop()
  }

  /// The next queued job if there is one.
  func tryTake() -> (Int, Job)? {
    condition.lock()
    defer { condition.unlock() }
    return head == queue.count ? nil : pop()
  }

  private func pop() -> (Int, Job) {
    let item = queue[head]
    queue[head] = (0, emptyJob)
    head += 1
    return item
  }

  /// Stores the result numbered `number`.
  func put(_ number: Int, _ result: Output) {
    condition.lock()
    results[number % results.count] = result
    if waitingFor == number { condition.broadcast() }
    condition.unlock()
  }

  /// Stores the results numbered from `first`.
  func put(_ first: Int, _ done: [Output]) {
    condition.lock()
    // (An index loop: `Output` is generic here, unspecialised when the
    // caller is in another module, and `enumerated()` then costs some
    // 1,700 instructions an element in the library's generic code.)
    let n = results.count
    for k in done.indices { results[(first + k) % n] = done[k] }
    if waitingFor >= first && waitingFor < first + done.count { condition.broadcast() }
    condition.unlock()
  }

  /// The result numbered `number` if it is done.
  func poll(_ number: Int) -> Output? {
    condition.lock()
    defer { condition.unlock() }
    return remove(number)
  }

  /// The result numbered `number`, waiting for it.
  func wait(_ number: Int) -> Output {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let r = remove(number) {
        waitingFor = -1
        return r
      }
      waitingFor = number
      condition.wait()
    }
  }

  private func remove(_ number: Int) -> Output? {
    // Moved out, not copied and then cleared (generic code, see `put`).
    results[number % results.count].take()
  }
}
