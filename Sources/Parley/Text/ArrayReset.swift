extension Array where Element: BitwiseCopyable {
  /// Makes the array `count` copies of `value`, in its own storage when
  /// that is large enough: a per-thread buffer refilled for each document
  /// (`Workspace`) instead of a new array.
  @inline(__always)
  mutating func reset(count: Int, to value: Element) {
    if self.count > count {
      removeLast(self.count - count)
    } else if self.count < count {
      reserveCapacity(count)
      append(contentsOf: repeatElement(value, count: count - self.count))
    }
    withUnsafeMutableBufferPointer { $0.update(repeating: value) }
  }
}

extension Array {
  /// Makes the first `count` elements `value`, appending when the array is
  /// shorter; elements after them stay as they are (stale). For tables
  /// read only below `count` (a document's tokens, mentions or
  /// sentences), kept from document to document: they never shrink, so most documents pay for the fill
  /// alone (cutting an array cost about 100 instructions, lengthening it
  /// about 160, one or the other on nearly every document).
  mutating func refillPrefix(with value: Element, count: Int) {
    if self.count < count { append(contentsOf: repeatElement(value, count: count - self.count)) }
    withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: value) }
  }

  /// Makes the array `count` elements long, keeping the elements it has
  /// (up to `count`) and appending `filler`: for an array whose caller
  /// writes or has reset every element it keeps.
  mutating func resize(count: Int, filler: Element) {
    if self.count > count { removeLast(self.count - count) }
    if self.count < count { append(contentsOf: repeatElement(filler, count: count - self.count)) }
  }

  /// Empties a small per-unit or per-paragraph buffer, keeping its
  /// storage. One `removeLast()` per element: `removeAll(keepingCapacity:)`
  /// goes through the general `replaceSubrange`, about 90 instructions a
  /// call, and these buffers hold a few elements. Inlined: most are empty
  /// already (a piece's quotes), and a call cost 25 to 40 instructions
  /// even then (some 27,000 calls a MB).
  @inline(__always)
  mutating func removeAllKeepingStorage() {
    while !isEmpty { removeLast() }
  }
}
