// switch on numbers, with fallthrough and default in the middle.
function classify(code: number): string {
  switch (code) {
    case 200:
      return "ok";
    case 301:
    case 302:
      return "redirect";
    case 404:
      return "not found";
    default:
      return "other";
    case 500:
      return "server error";
  }
}
for (const code of [200, 301, 302, 404, 500, 418]) console.log(code, classify(code));
let trace = "";
for (let level = 0; level < 4; level++) {
  switch (level) {
    case 0:
      trace += "a";
    case 1:
      trace += "b";
      break;
    case 2:
      trace += "c";
    default:
      trace += "d";
  }
  trace += "|";
}
console.log(trace);
