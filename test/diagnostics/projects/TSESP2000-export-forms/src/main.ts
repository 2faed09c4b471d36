import Led from "./led";
import limit, { pin } from "./limit";

console.log(new Led().pin, limit, pin);
