export const TIMES = 2;

export function greet(name: string): string {
  return `hello, ${name}`;
}
