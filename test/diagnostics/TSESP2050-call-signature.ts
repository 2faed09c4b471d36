interface Callback {
  (code: number): void;
}
const log: Callback = (code: number) => console.log(code);
log(1);
