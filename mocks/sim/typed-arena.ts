/**
 * Typed arrays cut from shared chunks instead of allocated one by one.
 *
 * Why: every generated day needs a few small typed arrays (its columns and stage times). Each
 * `new Float64Array(n)` allocates an ArrayBuffer outside the JS heap (an allocator call, zeroing,
 * the engine's accounting of external memory), about 20 µs before the JIT has warmed up: a cold
 * one-year summary made ~2,500 of them. A view into a chunk costs a small JS object. A chunk
 * lives as long as any day cut from it; days are generated and dropped in roughly the same
 * order, so chunks are freed in turn.
 */

/** Elements per chunk (a view larger than this gets a chunk of its own). */
const CHUNK = 1 << 16

type TypedArrayOf<T> = T extends 'f64' ? Float64Array : T extends 'i32' ? Int32Array : Uint8Array

class Arena<T extends 'f64' | 'i32' | 'u8'> {
  private chunk: TypedArrayOf<T>
  private used = 0

  constructor(private readonly make: (length: number) => TypedArrayOf<T>) {
    this.chunk = make(CHUNK)
  }

  /** A zero-filled array of `length` elements. */
  take(length: number): TypedArrayOf<T> {
    if (length > CHUNK / 4) return this.make(length)
    if (this.used + length > this.chunk.length) {
      this.chunk = this.make(CHUNK)
      this.used = 0
    }
    const view = this.chunk.subarray(this.used, this.used + length) as TypedArrayOf<T>
    this.used += length
    return view
  }
}

const float64s = new Arena<'f64'>((n) => new Float64Array(n))
const int32s = new Arena<'i32'>((n) => new Int32Array(n))
const uint8s = new Arena<'u8'>((n) => new Uint8Array(n))

export const takeFloat64 = (length: number): Float64Array => float64s.take(length)
export const takeInt32 = (length: number): Int32Array => int32s.take(length)
export const takeUint8 = (length: number): Uint8Array => uint8s.take(length)
