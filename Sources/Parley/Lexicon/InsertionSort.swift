extension UnsafeMutableBufferPointer {
  /// Sorts the elements by `less`, stably, by insertion: for the short runs
  /// that come nearly in order (a sentence's matches, a document's
  /// statements), where it moves almost nothing and allocates nothing.
  @inline(__always)
  func insertionSort(by less: (Element, Element) -> Bool) {
    var i = 1
    while i < count {
      let x = self[i]
      var j = i
      while j > 0, less(x, self[j - 1]) {
        self[j] = self[j - 1]
        j -= 1
      }
      self[j] = x
      i += 1
    }
  }
}
