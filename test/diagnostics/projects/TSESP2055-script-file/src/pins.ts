const LED_PIN = 2;
