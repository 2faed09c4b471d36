// The networking API of compiler/lib/net.d.ts -> runtime-cpp/src/tsesp_net/net.h:
// `AsyncClient`/`AsyncServer` types -> tsesp::Ref<tsesp::net::Client/Server>,
// `new AsyncServer(7)` -> tsesp::make<tsesp::net::Server>(7.0), `c.write(s)` -> c->write(s),
// `WiFi.begin(a, b)` -> tsesp::net::wifiBegin(a, b), `WL_CONNECTED` -> tsesp::net::WL_CONNECTED_.
import * as path from "node:path";
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerExpression } from "../expressions/index";
import { inOrder } from "../shared/order";

/** TS class name -> runtime class. */
const NET_CLASSES: Record<string, string> = { AsyncClient: "tsesp::net::Client", AsyncServer: "tsesp::net::Server" };
const WIFI_METHODS: Record<string, string> = {
  begin: "tsesp::net::wifiBegin",
  status: "tsesp::net::wifiStatus",
  localIP: "tsesp::net::wifiLocalIP",
  disconnect: "tsesp::net::wifiDisconnect",
  onConnect: "tsesp::net::wifiOnConnect",
  onDisconnect: "tsesp::net::wifiOnDisconnect",
};
/** The WL_* status constants of net.d.ts. */
const WIFI_STATUS = ["WL_IDLE_STATUS", "WL_CONNECTED", "WL_DISCONNECTED"];
/** The header a module includes when it names the net API. */
export const NET_HEADER = "tsesp_net/net.h";

function isNetDeclaration(decl: ts.Node | undefined): boolean {
  return decl !== undefined && path.basename(decl.getSourceFile().fileName) === "net.d.ts";
}

/** The runtime class of a net.d.ts class symbol, if it is one. */
function netClassOfSymbol(symbol: ts.Symbol | undefined): string | undefined {
  const decl = symbol?.declarations?.[0];
  return symbol && isNetDeclaration(decl) ? NET_CLASSES[symbol.name] : undefined;
}

/** AsyncClient -> tsesp::Ref<tsesp::net::Client>; undefined for other types. */
export function netCppType(type: ts.Type): string | undefined {
  const cls = netClassOfSymbol(type.getSymbol());
  return cls ? `tsesp::Ref<${cls}>` : undefined;
}

/** new AsyncServer(port, address?) -> tsesp::make<tsesp::net::Server>(port, address). */
export function lowerNetNew(node: ts.NewExpression, ctx: LowerContext): CppExpr | undefined {
  const cls = netClassOfSymbol(ctx.checker.getSymbolAtLocation(node.expression));
  if (!cls) return undefined;
  const args = node.arguments ?? [];
  return inOrder(args, args.map((a) => lowerExpression(a, ctx)), (a) => b.call(`tsesp::make<${cls}>`, ...a));
}

/** client.write(s) -> client->write(s); WiFi.begin(s, p) -> tsesp::net::wifiBegin(s, p). */
export function lowerNetMethodCall(node: ts.CallExpression, callee: ts.PropertyAccessExpression, ctx: LowerContext): CppExpr | undefined {
  const args = node.arguments;
  const lowered = (): CppExpr[] => args.map((a) => lowerExpression(a, ctx));
  if (ts.isIdentifier(callee.expression) && callee.expression.text === "WiFi") {
    const decl = ctx.checker.getSymbolAtLocation(callee.expression)?.declarations?.[0];
    const fn = WIFI_METHODS[callee.name.text];
    if (isNetDeclaration(decl) && fn) return inOrder(args, lowered(), (a) => b.call(fn, ...a));
    return undefined;
  }
  if (!netClassOfSymbol(ctx.checker.getTypeAtLocation(callee.expression).getSymbol())) return undefined;
  const receiver = lowerExpression(callee.expression, ctx);
  return inOrder(args, lowered(), (a) => b.call(b.member(receiver, "->", callee.name.text), ...a));
}

/** WL_CONNECTED -> tsesp::net::WL_CONNECTED_ (and the other WL_* constants). */
export function lowerNetIdentifier(name: string): CppExpr | undefined {
  return WIFI_STATUS.includes(name) ? b.name(`tsesp::net::${name}_`) : undefined;
}

/** True if the file names anything declared in net.d.ts (its module then includes NET_HEADER). */
export function usesNetApi(sourceFile: ts.SourceFile, checker: ts.TypeChecker): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && /^(AsyncClient|AsyncServer|WiFi|WL_IDLE_STATUS|WL_CONNECTED|WL_DISCONNECTED)$/.test(node.text)) {
      const decl = checker.getSymbolAtLocation(node)?.declarations?.[0];
      if (isNetDeclaration(decl)) {
        found = true;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
