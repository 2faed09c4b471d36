/** Jest runs every suite: compiler unit tests beside the code, end-to-end suites in test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/compiler/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testTimeout: 600000,
  maxWorkers: 2,
};
