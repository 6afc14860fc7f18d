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

  /// Sets the first `count` elements to `value`, the array grown first if
  /// short and never shrunk (what lies past `count` is left stale): for a
  /// buffer whose reader knows the document's size (`CueRows`).
  @inline(__always)
  mutating func refillPrefix(_ count: Int, with value: Element) {
    if self.count < count { append(contentsOf: repeatElement(value, count: count - self.count)) }
    withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: value) }
  }
}
