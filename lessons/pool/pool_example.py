"""A Pool keeps worker processes ready and hands them function calls: map, apply_async, and a mistake."""
import argparse
import multiprocessing
import os
import sys
import time

from proclab_trace import report


def square(x):
    """The function the pool runs for us. Unlike a Process target, it returns a value."""
    return x * x


def collatz_steps(block):
    """Real work for the busy part: Collatz steps of 5,000 numbers (n -> n/2 if even, 3n+1 if odd, until 1)."""
    steps = 0
    for start in range(block * 5_000 + 1, (block + 1) * 5_000 + 1):
        n = start
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
    return steps


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=os.cpu_count())
    parser.add_argument("--size", type=int, default=800)
    args = parser.parse_args()

    # The with block closes the pool at the end: its worker processes stop.
    with multiprocessing.Pool(args.processes) as pool:
        # map: the function over every item, results in the order of the items.
        squares = pool.map(square, range(10))
        print(f"map(square, range(10))        = {squares}")

        # apply_async: one call, its arguments as a tuple; get() waits for the answer.
        four = pool.apply_async(square, (2,))
        print(f"apply_async(square, (2,))     = {four.get()}")

        # Many apply_async calls at once, collected one by one: the same list as map.
        pending = [pool.apply_async(square, (x,)) for x in range(10)]
        collected = [result.get() for result in pending]
        same = collected == squares
        print(f"10 x apply_async              = {collected}" + ("  (same as map)" if same else "  (NOT the same as map!)"))

        # Nothing checks the arguments before the call: square gets three, and the worker says so.
        try:
            pool.apply_async(square, (2, 3, 4)).get()
        except TypeError as mistake:
            print("apply_async(square, (2, 3, 4)) failed in the worker:")
            print(f"  {type(mistake).__name__}: {mistake}")
            print(str(mistake.__cause__).strip(), file=sys.stderr)   # the worker's own traceback

        # A bigger job, so every core has something to do: watch the core chart.
        start = time.perf_counter()
        steps = pool.map(collatz_steps, range(args.size))
        millis = int((time.perf_counter() - start) * 1000)
        total = sum(steps)
        print(f"Collatz steps of 1..{args.size * 5_000}: {total} ({args.processes} processes, {millis} ms)")

        report("map", squares)
        report("apply_async", four.get())
        report("same_as_map", same)
        report("collatz_steps", total)
        report("busy_ms", millis)


if __name__ == "__main__":
    main()
