import { VERSION } from "./version";

console.log(VERSION);
