// not the entry: the entry is src/main.ts
