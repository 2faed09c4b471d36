// Which local variables must live in a tsesp::Box: those a closure captures and that are either
// reassigned somewhere (the closure and its scope must see one cell) or referenced inside their own
// initializer (a recursive closure must see itself). Everything else is captured by copy.
// Module-level variables are C++ globals and never boxed.
import { ts } from "ts-morph";
import { isDestructuringTarget } from "./fixedWidth";

type Declaration = ts.VariableDeclaration | ts.ParameterDeclaration | ts.FunctionDeclaration | ts.BindingElement;

function isFunctionLike(n: ts.Node): boolean {
  return (
    ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n)
  );
}

/** The function (or source file) whose C++ body holds this node's code. */
function enclosingFunction(n: ts.Node): ts.Node {
  let p = n.parent;
  while (p && !isFunctionLike(p) && !ts.isSourceFile(p)) p = p.parent;
  return p;
}

/** True for `let`/`const` statements directly in the source file: these become C++ globals. */
export function isModuleLevel(decl: ts.Node): boolean {
  while (ts.isBindingElement(decl)) decl = decl.parent.parent; // const [a, b] = ... at module level
  if (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl)) return ts.isSourceFile(decl.parent);
  return ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent);
}

function isWriteTarget(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isBinaryExpression(p) && p.left === id) {
    const k = p.operatorToken.kind;
    return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
  }
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && p.operand === id) {
    return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return isDestructuringTarget(id); // [a, b] = [b, a]
}

function initializerOf(decl: Declaration): ts.Node | undefined {
  if (ts.isFunctionDeclaration(decl)) return decl.body;
  return decl.initializer;
}

export function findBoxedDeclarations(sourceFile: ts.SourceFile, checker: ts.TypeChecker): Set<ts.Node> {
  const captured = new Set<Declaration>();
  const reassigned = new Set<Declaration>();
  const selfReferenced = new Set<Declaration>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const decl = checker.getSymbolAtLocation(n)?.valueDeclaration as Declaration | undefined;
      if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isFunctionDeclaration(decl) || ts.isBindingElement(decl)) &&
          decl.getSourceFile() === sourceFile && !isModuleLevel(decl) && decl.name !== n) {
        if (enclosingFunction(n) !== (ts.isFunctionDeclaration(decl) ? enclosingFunction(decl) : enclosingFunction(decl.name))) {
          captured.add(decl);
        }
        if (isWriteTarget(n)) reassigned.add(decl);
        const init = initializerOf(decl);
        if (init && n.pos >= init.pos && n.end <= init.end) selfReferenced.add(decl);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sourceFile);
  const boxed = new Set<ts.Node>();
  for (const d of captured) {
    if (reassigned.has(d) || (selfReferenced.has(d) && !isNonEscapingRecursive(d, sourceFile, checker))) boxed.add(d);
  }
  return boxed;
}

/**
 * A recursive local function (`function visit() { visit() }` or `const f = () => f()`) that is only
 * ever called directly, never used as a value nor called from another closure: it may capture
 * itself by reference (`[=, &visit]`) instead of through a Box, which would be a reference cycle.
 */
export function isNonEscapingRecursive(decl: ts.Node, sourceFile: ts.SourceFile, checker: ts.TypeChecker): boolean {
  const d = decl as Declaration;
  if (ts.isParameter(d) || ts.isBindingElement(d)) return false;
  if (ts.isVariableDeclaration(d)) {
    if (!(d.parent.flags & ts.NodeFlags.Const) || !d.initializer || !(ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) return false;
  }
  const body = ts.isFunctionDeclaration(d) ? d : d.initializer!;
  const home = ts.isFunctionDeclaration(d) ? enclosingFunction(d) : enclosingFunction(d.name);
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isIdentifier(n) && n !== d.name && checker.getSymbolAtLocation(n)?.valueDeclaration === d) {
      const isCall = ts.isCallExpression(n.parent) && n.parent.expression === n;
      const owner = enclosingFunction(n);
      const inOwnBody = owner === body;
      if (!isCall || !(inOwnBody || owner === home)) ok = false;
    }
    ts.forEachChild(n, visit);
  };
  visit(sourceFile);
  return ok;
}
