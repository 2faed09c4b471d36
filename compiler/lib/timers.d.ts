// ts-esp API: timers on the run-to-completion event loop. Callbacks run one at a time, in deadline
// order, after top-level code (and between Arduino loop() calls on the device).

/** Calls `callback` once, at least `ms` milliseconds from now. Returns an id for clearTimeout. */
declare function setTimeout(callback: () => void, ms?: number): number;

/** Calls `callback` every `ms` milliseconds until cleared. Returns an id for clearInterval. */
declare function setInterval(callback: () => void, ms?: number): number;

/** Cancels a timeout set with setTimeout; unknown or already-fired ids are ignored. */
declare function clearTimeout(id: number | undefined): void;

/** Cancels an interval set with setInterval; unknown ids are ignored. */
declare function clearInterval(id: number | undefined): void;
