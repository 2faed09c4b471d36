document.title = "ts-esp";
