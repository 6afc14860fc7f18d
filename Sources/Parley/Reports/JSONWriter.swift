/// A small byte-level JSON writer: appends UTF-8 to a buffer with commas and
/// escaping handled, no `Foundation`, no intermediate objects. Output is
/// deterministic: keys in the order written, numbers by `formatNumber`.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = [false]
  private let pretty: Bool
  private var depth = 0

  public init(pretty: Bool = false, reserve: Int = 1024) {
    self.pretty = pretty
    bytes.reserveCapacity(reserve)
  }

  public mutating func beginObject() { value(); open(UInt8(ascii: "{")) }
  public mutating func endObject() { close(UInt8(ascii: "}")) }
  public mutating func beginArray() { value(); open(UInt8(ascii: "[")) }
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes `"name":`; the next value written belongs to it.
  public mutating func key(_ name: String) {
    separator()
    writeString(name)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(0x20) }
    pendingKey = true
  }

  public mutating func string(_ s: String) { value(); writeString(s) }
  public mutating func number(_ x: Double, digits: Int = 4) { value(); bytes += Array(formatNumber(x, digits: digits).utf8) }
  public mutating func integer(_ n: Int) { value(); bytes += Array(String(n).utf8) }
  public mutating func bool(_ b: Bool) { value(); bytes += Array((b ? "true" : "false").utf8) }
  public mutating func null() { value(); bytes += Array("null".utf8) }

  /// Appends already-encoded JSON (e.g. metadata kept verbatim from input).
  public mutating func raw(_ json: [UInt8]) { value(); bytes += json }

  public mutating func field(_ name: String, _ s: String) { key(name); string(s) }
  public mutating func field(_ name: String, _ x: Double, digits: Int = 4) { key(name); number(x, digits: digits) }
  public mutating func field(_ name: String, _ n: Int) { key(name); integer(n) }
  public mutating func field(_ name: String, _ b: Bool) { key(name); bool(b) }
  public mutating func field(_ name: String, _ s: String?) { key(name); if let s { string(s) } else { null() } }

  private var pendingKey = false

  private mutating func value() {
    if pendingKey { pendingKey = false; return }
    separator()
  }

  private mutating func separator() {
    if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
    if pretty && depth > 0 { newline() }
  }

  private mutating func open(_ b: UInt8) {
    bytes.append(b)
    needsComma.append(false)
    depth += 1
  }

  private mutating func close(_ b: UInt8) {
    let hadItems = needsComma.removeLast()
    depth -= 1
    if pretty && hadItems { newline() }
    bytes.append(b)
  }

  private mutating func newline() {
    bytes.append(0x0A)
    for _ in 0..<depth { bytes += [0x20, 0x20] }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func writeString(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
      case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
      case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
      case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
      case 0..<0x20, 0x7F:
        bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]]
      default: bytes.append(b)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
