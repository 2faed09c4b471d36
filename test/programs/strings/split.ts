// split/join for a CSV-like config line.
const config = "ssid,pass,192.168.1.10,8080";
const fields = config.split(",");
console.log(fields.length, fields.join(" | "));
console.log("a,,b,".split(",").length, "".split(",").length, "abc".split("").join("-"), "a b  c".split(" ").join("/"));
console.log("key=value=more".split("=").join(";"), "no-separator".split(";").join("+"));
const port = parseInt(fields[3]);
console.log("port + 1 =", port + 1);
const words = "the quick brown fox".split(" ");
const capitalized = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
console.log(capitalized.join(" "));
