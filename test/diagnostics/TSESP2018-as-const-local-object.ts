function defaults(): number {
  const limits = { min: 0, max: 100 } as const;
  return limits.max - limits.min;
}
console.log(defaults());
