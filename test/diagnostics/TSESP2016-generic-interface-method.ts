interface Codec {
  decode<T>(text: string, fallback: T): T;
}
class Plain implements Codec {
  decode<T>(text: string, fallback: T): T {
    return text.length > 0 ? fallback : fallback;
  }
}
console.log(new Plain().decode("x", 1));
