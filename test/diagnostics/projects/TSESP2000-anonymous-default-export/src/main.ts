import Led from "./led";
import limit from "./limit";

console.log(new Led().pin, limit);
