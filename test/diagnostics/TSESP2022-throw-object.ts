interface Failure {
  code: number;
}
function open(port: number): void {
  if (port > 65535) {
    const failure: Failure = { code: 22 };
    throw failure;
  }
}
open(80);
