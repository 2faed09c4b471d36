function run(callback: Function): void {
  callback();
}
run(() => console.log("done"));
