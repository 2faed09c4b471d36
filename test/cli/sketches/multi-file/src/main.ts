// A project of two modules: main imports a function and a constant from ./greet.
import { greet, TIMES } from "./greet";

for (let i = 0; i < TIMES; i++) console.log(greet(`board ${i}`));
