// ts-esp API: fixed-width number types. Today they are plain `number` for the type checker and the
// compiler; issue 4 maps them to C++ fixed-width types with documented overflow rules.

/** Signed 8-bit integer (-128..127). */
type i8 = number;
/** Signed 16-bit integer (-32768..32767). */
type i16 = number;
/** Signed 32-bit integer. */
type i32 = number;
/** Unsigned 8-bit integer (0..255), e.g. a byte of a buffer. */
type u8 = number;
/** Unsigned 16-bit integer (0..65535). */
type u16 = number;
/** Unsigned 32-bit integer. */
type u32 = number;
/** 32-bit IEEE float. */
type f32 = number;
