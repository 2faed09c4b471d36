interface Config {
  name: string;
  port?: number;
}
const config: Config = { name: "node", port: 80 };
delete config.port;
