function show(value: any): void {
  console.log(value);
}
show(1);
