let handle: number | null = null;
handle = 3;
console.log(handle);
