// Named constructors for every diagnostic (Svelte's e.*): call sites say `report.varDeclaration(node)`
// and never spell a message. Each returns a Diagnostic; check/ collects them, project/ returns them.
import { ts } from "ts-morph";
import { messages, type MessageEntry } from "./messages";
import { spanOfNode, type SourceSpan } from "./location";
import type { Diagnostic, Severity } from "./types";

type Params = Record<string, string>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? params[key] : whole));
}

/** Builds a Diagnostic from a catalog entry, its parameters and an optional place. */
export function makeDiagnostic(
  entry: MessageEntry,
  params: Params,
  where?: SourceSpan | ts.Node | string,
  severity: Severity = "error",
): Diagnostic {
  const diagnostic: Diagnostic = {
    code: entry.code,
    severity,
    message: fill(entry.message, params),
    hint: fill(entry.hint, params),
  };
  if (typeof where === "string") diagnostic.file = where;
  else if (where !== undefined) Object.assign(diagnostic, "kind" in where ? spanOfNode(where) : where);
  return diagnostic;
}

const at = (node: ts.Node, entry: MessageEntry, params: Params = {}) => makeDiagnostic(entry, params, node);

export const report = {
  // 1xxx: project and configuration
  entryNotFound: (path: string) => makeDiagnostic(messages.entryNotFound, { path }),
  emptyProject: (path: string, entry: string) => makeDiagnostic(messages.emptyProject, { path, entry }, path),
  badTsconfig: (where: SourceSpan | string, detail: string) => makeDiagnostic(messages.badTsconfig, { detail }, where),
  badConfigJson: (where: SourceSpan | string, detail: string) => makeDiagnostic(messages.badConfigJson, { detail }, where),
  badConfigField: (file: string, detail: string) => makeDiagnostic(messages.badConfigField, { detail }, file),
  badAsyncTcpConfig: (file: string, detail: string) => makeDiagnostic(messages.badAsyncTcpConfig, { detail }, file),
  entryNotTypeScript: (path: string) => makeDiagnostic(messages.entryNotTypeScript, { path }, path),

  // 2xxx: subset refusals, each at the node that is refused
  unsupportedSyntax: (node: ts.Node, construct: string, hint: string) =>
    at(node, messages.unsupportedSyntax, { construct, hint }),
  anyType: (node: ts.Node) => at(node, messages.anyType),
  implicitAny: (node: ts.Node, name: string) => at(node, messages.implicitAny, { name }),
  unknownType: (node: ts.Node) => at(node, messages.unknownType),
  evalCall: (node: ts.Node) => at(node, messages.evalCall),
  functionConstructor: (node: ts.Node) => at(node, messages.functionConstructor),
  argumentsObject: (node: ts.Node) => at(node, messages.argumentsObject),
  deleteOperator: (node: ts.Node) => at(node, messages.deleteOperator),
  prototypeAccess: (node: ts.Node, name: string) => at(node, messages.prototypeAccess, { name }),
  dynamicPropertyKey: (node: ts.Node, type: string, extra = "") =>
    at(node, messages.dynamicPropertyKey, { type, extra }),
  computedPropertyName: (node: ts.Node) => at(node, messages.computedPropertyName),
  varDeclaration: (node: ts.Node) => at(node, messages.varDeclaration),
  generator: (node: ts.Node) => at(node, messages.generator),
  asyncAwait: (node: ts.Node, construct: string) => at(node, messages.asyncAwait, { construct }),
  accessor: (node: ts.Node, construct: string, hint: string) => at(node, messages.accessor, { construct, hint }),
  generics: (node: ts.Node, construct: string, hint: string) => at(node, messages.generics, { construct, hint }),
  unionType: (node: ts.Node, type: string, reason: string) => at(node, messages.unionType, { type, reason }),
  typeAssertion: (node: ts.Node) => at(node, messages.typeAssertion),
  destructuring: (node: ts.Node, what: string, hint: string) => at(node, messages.destructuring, { what, hint }),
  spreadRest: (node: ts.Node, construct: string, hint: string) => at(node, messages.spreadRest, { construct, hint }),
  exceptions: (node: ts.Node, construct: string) => at(node, messages.exceptions, { construct }),
  labeledStatement: (node: ts.Node) => at(node, messages.labeledStatement),
  forIn: (node: ts.Node) => at(node, messages.forIn),
  regexLiteral: (node: ts.Node) => at(node, messages.regexLiteral),
  symbol: (node: ts.Node) => at(node, messages.symbol),
  bigint: (node: ts.Node) => at(node, messages.bigint),
  unsupportedBuiltin: (node: ts.Node, name: string, hint: string) =>
    at(node, messages.unsupportedBuiltin, { name, hint }),
  unsupportedMember: (node: ts.Node, owner: string, name: string, hint: string) =>
    at(node, messages.unsupportedMember, { owner, name, hint }),
  decorator: (node: ts.Node) => at(node, messages.decorator),
  namespace: (node: ts.Node) => at(node, messages.namespace),
  ambientDeclaration: (node: ts.Node) => at(node, messages.ambientDeclaration),
  untypedObjectLiteral: (node: ts.Node) => at(node, messages.untypedObjectLiteral),
  indexSignature: (node: ts.Node) => at(node, messages.indexSignature),
  looseEquality: (node: ts.Node, operator: string) =>
    at(node, messages.looseEquality, { operator, strict: operator === "==" ? "===" : "!==" }),
  commaOperator: (node: ts.Node) => at(node, messages.commaOperator),
  voidOperator: (node: ts.Node) => at(node, messages.voidOperator),
  abstractClass: (node: ts.Node) => at(node, messages.abstractClass),
  enumMember: (node: ts.Node, name: string) => at(node, messages.enumMember, { name }),
  moduleImport: (node: ts.Node, construct: string) => at(node, messages.moduleImport, { construct }),
  operatorNotYet: (node: ts.Node, operator: string, hint: string) =>
    at(node, messages.operatorNotYet, { operator, hint }),
  functionExpression: (node: ts.Node, name: string) => at(node, messages.functionExpression, { name }),
  thisOutsideClass: (node: ts.Node) => at(node, messages.thisOutsideClass),
  overload: (node: ts.Node) => at(node, messages.overload),
  optionalProperty: (node: ts.Node) => at(node, messages.optionalProperty),
  typeAlias: (node: ts.Node) => at(node, messages.typeAlias),
  objectToString: (node: ts.Node, type: string) => at(node, messages.objectToString, { type }),
  methodValue: (node: ts.Node, construct: string, hint: string) => at(node, messages.methodValue, { construct, hint }),
  thisInStatic: (node: ts.Node, className: string, member: string) =>
    at(node, messages.thisInStatic, { className, member }),
  scriptFile: (node: ts.Node, file: string) => at(node, messages.scriptFile, { file }),
  nullishElementFallback: (node: ts.Node, element: string, fallback: string) =>
    at(node, messages.nullishElementFallback, { element, fallback }),
  nestedDeclaration: (node: ts.Node, kind: string) => at(node, messages.nestedDeclaration, { kind }),
  typeFeature: (node: ts.Node, construct: string, hint: string) =>
    at(node, messages.typeFeature, { construct, hint }),

  // 3xxx: warnings, at the value that is stored
  fixedWidthOverflow: (node: ts.Node, what: string, type: string, range: string, hint: string) =>
    makeDiagnostic(messages.fixedWidthOverflow, { what, type, range, hint }, node, "warning"),
  fixedWidthFraction: (node: ts.Node, what: string, type: string) =>
    makeDiagnostic(messages.fixedWidthFraction, { what, type }, node, "warning"),
  float32Precision: (node: ts.Node, what: string) => makeDiagnostic(messages.float32Precision, { what }, node, "warning"),
  fixedWidthStep: (node: ts.Node, name: string, op: string, type: string, range: string, hint: string) =>
    makeDiagnostic(messages.fixedWidthStep, { name, op, type, range, hint }, node, "warning"),

  // 9xxx: internal errors
  internalRuleCrash: (where: SourceSpan | ts.Node, rule: string, detail: string) =>
    makeDiagnostic(messages.internalRuleCrash, { rule, detail }, where),
  internalLibMissing: (path: string) => makeDiagnostic(messages.internalLibMissing, { path }),
  internalError: (phase: string, error: unknown) =>
    makeDiagnostic(messages.internalError, { phase, detail: error instanceof Error ? error.message : String(error) }),
};
