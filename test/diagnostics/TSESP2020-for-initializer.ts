export function schedule(delays: number[]): void {
  for (let [i, total] = [0, 0]; i < delays.length; i++) {
    total += delays[i];
    setTimeout(() => console.log(i, total), total);
  }
}
