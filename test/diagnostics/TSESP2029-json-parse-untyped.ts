const text = '{"port": 80}';
const config = JSON.parse(text);
console.log(config);
