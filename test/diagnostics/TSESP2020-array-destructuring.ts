export function label(pin: number): string {
  const [name, count] = ["led", pin];
  return `${name}${count}`;
}
