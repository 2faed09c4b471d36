interface Config {
  port: number;
}
const cfg: Config = { port: 80 };
if ("port" in cfg) console.log(cfg.port);
