const items: any[] = [];
console.log(items.length);
