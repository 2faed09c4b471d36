// ts-esp API: TextEncoder and TextDecoder for UTF-8 (the WHATWG Encoding API as Node has it), declared
// here because ts-esp compiles without the DOM library. Runtime: runtime-cpp/src/tsesp/text.h.

/** Turns strings into UTF-8 bytes. */
declare class TextEncoder {
  constructor();
  /** Always "utf-8". */
  readonly encoding: string;
  /** The UTF-8 bytes of `input` (a lone surrogate becomes U+FFFD). */
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

/** Turns UTF-8 bytes into strings. */
declare class TextDecoder {
  /**
   * `label` must name UTF-8 ("utf-8", "utf8"); other encodings are a RangeError in ts-esp.
   * `fatal`: invalid bytes throw a TypeError instead of becoming U+FFFD. `ignoreBOM`: keep a leading BOM.
   * Pass the options as an object literal.
   */
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  /** Always "utf-8". */
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  /** The text of the bytes (a typed array, e.g. a subarray, or an ArrayBuffer). */
  decode(input?: Uint8Array | ArrayBuffer): string;
}
