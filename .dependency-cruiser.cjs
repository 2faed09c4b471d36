// The compiler's phase boundaries (compiler/src/README.md "data path"), checked by
// test/architecture.test.ts: each phase may use the phases before it and shared leaf modules,
// never a later phase or the CLI, and no module cycle crosses folders.
const SRC = "^compiler/src/";
const phase = (name, mayNotUse, why) => ({
  name: `${name}-stays-in-its-phase`,
  comment: why,
  severity: "error",
  from: { path: `${SRC}${name}/` },
  to: { path: `${SRC}(${mayNotUse.join("|")})/` },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "A cycle makes module initialization order depend on which file is imported first. lower/ is " +
        "exempt: its visitors recurse (an expression holds an arrow function whose body holds statements).",
      severity: "error",
      from: { pathNot: "^compiler/src/lower/" },
      to: { circular: true },
    },
    phase("project", ["check", "lower", "cpp", "emit", "native", "embedded", "node", "commands"], "Loading a sketch knows nothing of the phases after it."),
    phase("check", ["lower", "cpp", "emit", "native", "embedded", "node", "commands"], "check/ finds user errors on the TS tree; it never looks at C++."),
    phase("lower", ["check", "emit", "native", "embedded", "node", "commands"], "lower/ trusts check/ ran and reports only internal errors."),
    phase("cpp", ["project", "check", "lower", "emit", "native", "embedded", "node", "commands"], "The C++ tree is a leaf data structure."),
    phase("emit", ["check", "lower", "native", "embedded", "node", "commands"], "emit/ prints a C++ tree; it does not lower."),
    phase("diagnostics", ["check", "lower", "cpp", "emit", "native", "embedded", "node", "commands"], "The catalog and formatter are shared leaves."),
    phase("native", ["check", "lower", "cpp", "emit", "node", "commands"], "Building generated C++ needs none of the compiler."),
    phase("embedded", ["check", "lower", "cpp", "emit", "node", "commands"], "Building generated C++ needs none of the compiler."),
    phase("node", ["check", "lower", "cpp", "emit", "native", "embedded", "commands"], "The Node oracle runs the TS as written, independent of the compiler."),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.ts$" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
