const template = "temp={t}";
console.log(template.replace("{t}", (m: string): string => m.length.toString()));
