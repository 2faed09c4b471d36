// ts-esp API: TextEncoder and TextDecoder for UTF-8 (the WHATWG Encoding API as Node has it), declared
// here because ts-esp compiles without the DOM library. Runtime: runtime-cpp/src/tsesp/text.h.
// Declared as interface + var, the DOM library's shape, so a sketch that references the DOM still
// type-checks (the declarations merge) and gets ts-esp's diagnostic for the reference instead.

/** Turns strings into UTF-8 bytes. */
interface TextEncoder {
  /** Always "utf-8". */
  readonly encoding: string;
  /** The UTF-8 bytes of `input` (a lone surrogate becomes U+FFFD). */
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

/**
 * `fatal`: invalid bytes throw a TypeError instead of becoming U+FFFD. `ignoreBOM`: keep a leading
 * byte-order mark. Pass the options as an object literal.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

/** Turns UTF-8 bytes into strings. */
interface TextDecoder {
  /** Always "utf-8". */
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  /** The text of the bytes (a typed array, e.g. a subarray, or an ArrayBuffer). */
  decode(input?: Uint8Array | ArrayBuffer): string;
}
/** `label` must name UTF-8 ("utf-8", "utf8"); other encodings are a RangeError in ts-esp. */
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
