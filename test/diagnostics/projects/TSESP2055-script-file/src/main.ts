import "./pins";

console.log(LED_PIN);
