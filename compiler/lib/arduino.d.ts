// ts-esp API: the Arduino core basics. Each call maps to the Arduino function of the same name;
// on the PC, pin operations are traced (`pinMode 2 OUTPUT`, `digitalWrite 2 HIGH`) instead.

/** Logic level high (1). */
declare const HIGH: number;
/** Logic level low (0). */
declare const LOW: number;
/** Pin mode: digital input, floating. */
declare const INPUT: number;
/** Pin mode: digital output. */
declare const OUTPUT: number;
/** Pin mode: digital input with the internal pull-up resistor enabled. */
declare const INPUT_PULLUP: number;

/**
 * Configures a GPIO pin.
 * @param pin GPIO number, e.g. 2 for the on-board LED of an ESP32 DevKit.
 * @param mode INPUT, OUTPUT or INPUT_PULLUP.
 */
declare function pinMode(pin: number, mode: number): void;

/**
 * Drives an output pin.
 * @param pin GPIO number configured as OUTPUT.
 * @param value HIGH or LOW.
 */
declare function digitalWrite(pin: number, value: number): void;

/** Reads a digital pin: HIGH or LOW. */
declare function digitalRead(pin: number): number;

/** Reads an analog pin: 0..4095 on the ESP32 (12-bit ADC). */
declare function analogRead(pin: number): number;

/**
 * Blocks for `ms` milliseconds. Timers and network callbacks do not run meanwhile; prefer
 * setTimeout/setInterval in event-driven sketches.
 */
declare function delay(ms: number): void;

/** Milliseconds since start-up. */
declare function millis(): number;

/** Microseconds since start-up. */
declare function micros(): number;

/** The serial port (UART0 on the device, standard output on the PC). */
interface SerialPort {
    /** Opens the port at `baud` bits per second (e.g. 115200). A no-op on the PC. */
    begin(baud: number): void;
    /** Writes the value as text, without a newline. Numbers print as console.log prints them. */
    print(value: string | number | boolean): void;
    /** Writes the value (if any) as text, then a newline. */
    println(value?: string | number | boolean): void;
}

declare const Serial: SerialPort;

/** The chip's system information (the ESP32 core's `ESP` object). */
interface EspClass {
    /**
     * Bytes of heap free now. On the PC it is a fixed 64 MiB budget minus what the process's
     * allocator has handed out (all threads, including the simulated network's buffers: about
     * 256 KiB per TCP connection, freed some seconds after it closed); under Node, V8's available heap.
     */
    getFreeHeap(): number;
}

declare const ESP: EspClass;
