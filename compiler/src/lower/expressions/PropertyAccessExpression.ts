// o.f -> o->f on class/interface instances; Enum.Member -> Enum::Member; Class.staticField ->
// Class::staticField; ns.f (import * as ns) -> ns_ts::f; s.length / a.length -> .length();
// Math.PI and friends through library/globals.ts. On a union of object types the access goes through
// tsesp::visit (optionalChain.ts); a property TS has narrowed (`node.next` after a null check) is narrowed.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerBytesProperty } from "../library/bytes";
import { lowerErrorProperty } from "../library/errors";
import { lowerGlobalProperty } from "../library/globals";
import { isRecordExpression, lowerRecordProperty } from "../library/record";
import { cppName } from "../shared/names";
import { collectionKind, cppTypeOf, cppTypeOfNode, qualifiedDeclName } from "../types";
import { accessorOf, lowerAccessorRead } from "./accessors";
import { isAssignmentTarget, isLibDeclaration, narrowedValue, resolveSymbol } from "./Identifier";
import { lowerExpression, unsupported } from "./index";
import { lowerUnionMemberAccess, needsMemberDispatch } from "./optionalChain";

export function lowerPropertyAccessExpression(node: ts.PropertyAccessExpression, ctx: LowerContext): CppExpr {
  const name = node.name.text;
  const object = node.expression;
  const objectSymbol = ts.isIdentifier(object) ? ctx.checker.getSymbolAtLocation(object) : undefined;
  if (objectSymbol && objectSymbol.flags & ts.SymbolFlags.Alias) {
    const aliasDecl = objectSymbol.declarations?.[0];
    if (aliasDecl && ts.isNamespaceImport(aliasDecl)) {
      // led.blink (import * as led) -> led_ts::blink
      const target = resolveSymbol(node.name, ctx)?.declarations?.[0];
      if (!target) throw unsupported(node, ctx);
      return b.name(qualifiedDeclName(target, ctx));
    }
  }
  const resolved = ts.isIdentifier(object) ? resolveSymbol(object, ctx) : undefined;
  const decl = resolved?.declarations?.[0];
  const accessor = accessorOf(node, ctx); // o.size -> o->get_size(), Clock.now -> Clock::get_now() (accessors.ts)
  if (accessor) return lowerAccessorRead(accessor, ctx);
  if (decl && (ts.isEnumDeclaration(decl) || ts.isClassDeclaration(decl))) {
    // Color.Red -> Color::Red, Counter.total -> Counter::total
    return b.member(b.name(qualifiedDeclName(decl, ctx)), "::", cppName(name));
  }
  if (decl && isLibDeclaration(decl) && ts.isIdentifier(object)) {
    const global = lowerGlobalProperty(object.text, name);
    if (global) return global;
  }
  // (a?.length: the object's type without the undefined the chain already checked)
  const objectType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(object));
  if (needsMemberDispatch(object, ctx)) return lowerUnionMemberAccess(node, object, ctx);
  if (name === "length" && (objectType.flags & ts.TypeFlags.StringLike || ctx.checker.isArrayType(objectType))) {
    return b.method(lowerExpression(object, ctx), "length");
  }
  if (name === "size" && collectionKind(objectType)) return b.method(lowerExpression(object, ctx), "size");
  // r.temp on a Record -> r.get("temp") / r.slot("temp") (library/record.ts)
  if (isRecordExpression(object, ctx)) return lowerRecordProperty(lowerExpression(object, ctx), name, isAssignmentTarget(node));
  const bytes = lowerBytesProperty(node, ctx); // u8.length, u8.buffer, Uint8Array.BYTES_PER_ELEMENT (library/bytes.ts)
  if (bytes) return bytes;
  const error = lowerErrorProperty(node, ctx, (e) => lowerExpression(e, ctx)); // e.message, e.name (library/errors.ts)
  if (error) return error;
  const property = resolveSymbol(node.name, ctx);
  const propertyDecl = property?.valueDeclaration ?? property?.declarations?.[0];
  if (propertyDecl && isLibDeclaration(propertyDecl)) throw unsupported(node, ctx);
  if (propertyDecl && ts.getCombinedModifierFlags(propertyDecl as ts.Declaration) & ts.ModifierFlags.Static) {
    return b.member(b.name(qualifiedDeclName(propertyDecl.parent, ctx)), "::", cppName(name));
  }
  return narrowedProperty(node, b.member(lowerExpression(object, ctx), "->", cppName(name)), property, ctx);
}

// node.next where TS has narrowed `Node | null` to Node -> tsesp::narrowTo / .value() (Identifier.ts)
function narrowedProperty(node: ts.PropertyAccessExpression, access: CppExpr, property: ts.Symbol | undefined, ctx: LowerContext): CppExpr {
  if (!property || isAssignmentTarget(node)) return access;
  const declaredType = ctx.checker.getTypeOfSymbol(property);
  if (!declaredType.isUnion()) return access;
  return narrowedValue(access, cppTypeOf(declaredType, ctx), cppTypeOfNode(node, ctx));
}
