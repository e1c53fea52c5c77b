/**
 * Grow-only working buffers for per-photo temporaries: a fresh typed array per photo is external
 * memory the garbage collector must account and reclaim (in the checker, allocation-driven
 * marking steps then land inside these analyses). A buffer serves one synchronous function: its
 * contents are valid until that function's next call and must not be awaited across.
 */
type Typed = Float64Array | Float32Array | Int32Array | Uint32Array | Uint8Array;

/** `take(length)`: a view of `length` elements of the buffer (grown when too short), contents left as they are. */
export function scratchArray<T extends Typed>(make: (length: number) => T): (length: number) => T {
  let buffer = make(0);
  return (length) => {
    if (buffer.length < length) buffer = make(Math.max(length, 2 * buffer.length));
    return buffer.subarray(0, length) as T;
  };
}
