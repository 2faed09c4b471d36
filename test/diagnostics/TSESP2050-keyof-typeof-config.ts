const CONFIG = { port: 80, host: "esp" } as const;
type Key = keyof typeof CONFIG;
const key: Key = "port";
console.log(key);
