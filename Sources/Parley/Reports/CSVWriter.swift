/// RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they
/// hold a comma, quote, CR or LF, quotes doubled. UTF-8, header row first.
public struct CSVWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  private var fieldsInRow = 0

  public init() {}

  public init(header: [String]) {
    row(header)
  }

  public mutating func row(_ fields: [String]) {
    for f in fields { field(f) }
    endRow()
  }

  public mutating func field(_ s: String) {
    if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
    fieldsInRow += 1
    let needsQuotes = s.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    if !needsQuotes {
      bytes += s.utf8
      return
    }
    bytes.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      if b == UInt8(ascii: "\"") { bytes.append(b) }
      bytes.append(b)
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// A number as `formatNumber` writes it (never quoted: digits, `-`, `.`).
  public mutating func field(_ x: Double) {
    if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
    fieldsInRow += 1
    appendNumber(x, digits: 4, to: &bytes)
  }

  public mutating func field(_ n: Int) {
    if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
    fieldsInRow += 1
    appendInteger(n, to: &bytes)
  }

  public mutating func endRow() {
    bytes += [0x0D, 0x0A]
    fieldsInRow = 0
  }

  /// Hands out the bytes written so far and starts empty (for streaming).
  public mutating func take() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }
}
