declare function blinkNative(pin: number): void;
blinkNative(2);
