// Which TS types are binary data (typed arrays, ArrayBuffer, DataView, TextEncoder/TextDecoder) and their
// C++ spelling: `Uint8Array` -> tsesp::Uint8Array (runtime-cpp/src/tsesp/typed_array.h). No lowering
// here, so types.ts can ask without importing the expression visitors.
import type { ts } from "ts-morph";

export const TYPED_ARRAYS = new Set([
  "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
]);
/** TS type name -> runtime class, for every binary-data type. */
export const BYTES_TYPES: Record<string, string> = {
  ...Object.fromEntries([...TYPED_ARRAYS].map((n) => [n, `tsesp::${n}`])),
  ArrayBuffer: "tsesp::ArrayBuffer", SharedArrayBuffer: "tsesp::ArrayBuffer", DataView: "tsesp::DataView",
  TextEncoder: "tsesp::TextEncoder", TextDecoder: "tsesp::TextDecoder",
};
export const ELEMENT_SIZES: Record<string, number> = {
  Int8Array: 1, Uint8Array: 1, Uint8ClampedArray: 1, Int16Array: 2, Uint16Array: 2, Int32Array: 4, Uint32Array: 4, Float32Array: 4, Float64Array: 8,
};

/** The binary-data type name ("Uint8Array", "DataView", ...) of a lib type, if it is one. */
export function bytesTypeName(type: ts.Type): string | undefined {
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  const name = symbol?.getName();
  if (!name || !(name in BYTES_TYPES)) return undefined;
  const decls = symbol?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile) ? name : undefined;
}

export function isTypedArrayType(type: ts.Type): boolean {
  const name = bytesTypeName(type);
  return name !== undefined && TYPED_ARRAYS.has(name);
}

/** Uint8Array -> tsesp::Uint8Array; undefined for other types. */
export function bytesCppType(type: ts.Type): string | undefined {
  const name = bytesTypeName(type);
  return name ? BYTES_TYPES[name] : undefined;
}

