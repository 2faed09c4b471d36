import * as b from "./builders";
import { printExpr } from "../emit/print";

test("numbers print as double literals", () => {
  expect(printExpr(b.numberLiteral(1))).toBe("1.0");
  expect(printExpr(b.numberLiteral(0.5))).toBe("0.5");
  expect(printExpr(b.numberLiteral(1e21))).toBe("1e+21");
  expect(printExpr(b.numberLiteral(-0))).toBe("-0.0");
  expect(printExpr(b.numberLiteral(NaN))).toBe("NAN");
});

test("strings print as escaped UTF-8 literals", () => {
  expect(printExpr(b.tsString("a\"b\\c\n"))).toBe('tsesp::String("a\\"b\\\\c\\n")');
  expect(printExpr(b.tsString("é"))).toBe('tsesp::String("\\303\\251")');
  expect(printExpr(b.tsString("\ud800"))).toBe('tsesp::String("\\355\\240\\200")');
  expect(printExpr(b.tsString("a\0b"))).toBe('tsesp::String("a\\000b", 3)');
  expect(printExpr(b.tsString(""))).toBe("tsesp::String()");
});

test("operators get parentheses from precedence and mixing", () => {
  const sum = b.binary("+", b.name("a"), b.name("b"));
  expect(printExpr(b.binary("*", sum, b.name("c")))).toBe("(a + b) * c");
  expect(printExpr(b.binary("-", b.name("a"), b.binary("-", b.name("b"), b.name("c"))))).toBe("a - (b - c)");
  expect(printExpr(b.binary("||", b.binary("&&", b.name("a"), b.name("b")), b.name("c")))).toBe("(a && b) || c");
  expect(printExpr(b.unary("-", b.unary("-", b.name("x"))))).toBe("-(-x)");
  expect(printExpr(b.unary("!", b.binary("==", b.name("a"), b.name("b"))))).toBe("!(a == b)");
});
