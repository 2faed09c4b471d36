// A generic Result<T> and retry helper, as sketches use for flaky I2C reads and Wi-Fi joins:
// a failing attempt reports an error string, retry() tries again with a backoff and returns the
// first success or the last error.
class Result<T extends number | string> {
  constructor(readonly ok: boolean, private readonly data: T | undefined, readonly error: string) {}

  get value(): T | undefined {
    return this.data;
  }

  valueOr(fallback: T): T {
    return this.data ?? fallback;
  }

  describe(): string {
    return this.ok ? `ok(${this.data})` : `error(${this.error})`;
  }
}

function success<V extends number | string>(value: V): Result<V> {
  return new Result<V>(true, value, "");
}

function failure<V extends number | string>(error: string): Result<V> {
  return new Result<V>(false, undefined, error);
}

function mapResult<T extends number | string, U extends number | string>(r: Result<T>, f: (value: T) => U): Result<U> {
  const v = r.value;
  return r.ok && v !== undefined ? success(f(v)) : failure<U>(r.error);
}

function retry<T extends number | string>(attempts: number, backoffMs: number, attempt: (n: number) => Result<T>): Result<T> {
  let last = failure<T>("no attempt");
  let wait = backoffMs;
  for (let n = 1; n <= attempts; n++) {
    last = attempt(n);
    console.log(`  attempt ${n}: ${last.describe()}${last.ok ? "" : `, retry in ${wait} ms`}`);
    if (last.ok) return last;
    wait *= 2;
  }
  return last;
}

let busReady = 3;
function readTemperature(n: number): Result<number> {
  busReady--;
  return busReady > 0 ? failure<number>(`i2c nack (try ${n})`) : success(21.5 + n / 10);
}

function joinWifi(n: number): Result<string> {
  return n < 10 ? failure<string>("auth timeout") : success("192.168.4.2");
}

console.log("temperature:");
const t = retry(5, 10, readTemperature);
console.log(t.describe(), t.valueOr(-1), mapResult(t, (c) => c * 1.8 + 32).describe());
console.log("wifi:");
const w = retry(2, 100, joinWifi);
console.log(w.describe(), w.valueOr("offline"), mapResult(w, (ip) => ip.split(".").length).describe());
