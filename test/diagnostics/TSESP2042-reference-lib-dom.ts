/// <reference lib="dom" />
document.title = "ts-esp";
