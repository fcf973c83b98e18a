"""The same job done three ways: plainly twice, in two threads, in two worker processes. Which is fastest?"""
import argparse
import multiprocessing
import os
import sys
import threading
import time

from proclab_trace import report

# The chapter's start choice in CPython's words: a new JVM for each process is "spawn"; JVMs started ahead and
# kept waiting are what "forkserver" keeps.
START_METHODS = {"spawn": "spawn", "standby": "forkserver"}


def job(n):
    """The tutorial's job: the sum of i + i**2 + i**3 for every i below n. Python's ints never overflow."""
    total = 0
    for i in range(n):
        total += i + i * i + i * i * i
    return total


def plain(n):
    """Way 1: no help at all, the job twice, one after the other."""
    return job(n) + job(n)


def two_threads(n):
    """Way 2: two threads of this process, one job each. Only the thread holding the GIL runs Python code."""
    results = [None, None]

    def run(slot):
        results[slot] = job(n)

    threads = [threading.Thread(target=run, args=(slot,)) for slot in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results[0] + results[1]


def job_in_worker(results, n):
    """Runs in a worker process: one job, its result put on the queue."""
    results.put(job(n))


def two_processes(n):
    """Way 3: two worker processes, one job each; starting them is part of the cost."""
    results = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=job_in_worker, args=(results, n)) for _ in range(2)]
    for worker in workers:
        worker.start()
    total = results.get() + results.get()
    for worker in workers:
        worker.join()
    return total


def race(n):
    """Runs all three ways for one n, checks that they agree, and returns the times in milliseconds."""
    t0 = time.perf_counter()
    by_plain = plain(n)
    t1 = time.perf_counter()
    by_threads = two_threads(n)
    t2 = time.perf_counter()
    by_processes = two_processes(n)
    t3 = time.perf_counter()
    if not by_plain == by_threads == by_processes:
        raise RuntimeError(f"the three ways disagree: {by_plain}, {by_threads}, {by_processes}")
    return (t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000, by_plain


def gil_enabled():
    # A free-threaded CPython (3.13t and later) can run without its GIL; every other CPython has one.
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else check()


PLAIN_TARGET_SECONDS = 1.5
CALIBRATION_STEPS = 300_000


def calibrated_n():
    """Picks n so that the plain way (the job twice) takes about 1.5 s on this machine: a trial size is timed
    and scaled. A fixed n would be minutes on one computer and a blink on another."""
    fastest = None
    for _ in range(3):
        t0 = time.perf_counter_ns()
        job(CALIBRATION_STEPS)
        took = time.perf_counter_ns() - t0
        fastest = took if fastest is None else min(fastest, took)
    n = int(PLAIN_TARGET_SECONDS * 1e9 / 2 / (fastest / CALIBRATION_STEPS))
    n = round_to_two_digits(max(CALIBRATION_STEPS, min(1_000_000_000, n)))
    print(f"measured: {CALIBRATION_STEPS:,} steps of the loop take {fastest / 1e6:.1f} ms here, so n = {n:,}"
          f" makes the plain way take about {PLAIN_TARGET_SECONDS:.1f} s")
    return n


def round_to_two_digits(n):
    """512,345 becomes 510,000: a size a learner can read and type again."""
    unit = 1
    while n // unit >= 100:
        unit *= 10
    return round(n / unit) * unit


def sweep_sizes(top):
    """The sizes a sweep races at: 10**4, 10**5, ... below n, then n itself."""
    sizes = []
    size = 10_000
    while size < top:
        sizes.append(size)
        size *= 10
    return sizes + [top]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=0)
    parser.add_argument("--gil", choices=["off", "on"], default="on")
    parser.add_argument("--mode", choices=["single", "sweep"], default="single")
    parser.add_argument("--start", choices=sorted(START_METHODS), default="spawn")
    args = parser.parse_args()
    if not os.environ.get("PROCLAB_START_METHOD"):   # the compare view may have chosen one already
        multiprocessing.set_start_method(START_METHODS[args.start])
    gil = "on" if gil_enabled() else "off"
    if args.gil != gil:
        print(f"gil={args.gil} was asked for, but this Python cannot switch it: its GIL is {gil}")

    # Do a small job first, before anything is timed. The first run also pays for the memory the interpreter
    # takes from the system, and "plain", which runs first, would look slower than it is.
    job(1_000_000)
    n = args.n if args.n > 0 else calibrated_n()
    report("n", n)

    if args.mode == "sweep":
        print(f"GIL {gil}; times in ms (processes include starting two Python processes)")
        print(f"{'n':>12} {'plain':>12} {'threads':>12} {'processes':>12}")
        for size in sweep_sizes(n):
            plain_ms, threads_ms, processes_ms, _ = race(size)
            print(f"{size:12d} {plain_ms:12.3f} {threads_ms:12.3f} {processes_ms:12.3f}")
            report(f"sweep:{size}:plain_ms", f"{plain_ms:.3f}")
            report(f"sweep:{size}:threads_ms", f"{threads_ms:.3f}")
            report(f"sweep:{size}:processes_ms", f"{processes_ms:.3f}")
        return

    print(f"n = {n}, GIL {gil}")
    plain_ms, threads_ms, processes_ms, result = race(n)
    print(f"result (the same all three ways): {result}")
    print(f"plain, twice in a row: {plain_ms:.3f} ms")
    print(f"two threads:           {threads_ms:.3f} ms")
    print(f"two processes:         {processes_ms:.3f} ms")
    threads_speedup = f"{plain_ms / threads_ms:.2f}"
    processes_speedup = f"{plain_ms / processes_ms:.2f}"
    print(f"speed-up over plain: threads {threads_speedup}x, processes {processes_speedup}x")
    report("result", result)
    report("plain_ms", f"{plain_ms:.3f}")
    report("threads_ms", f"{threads_ms:.3f}")
    report("processes_ms", f"{processes_ms:.3f}")
    report("speedup_threads", threads_speedup)
    report("speedup_processes", processes_speedup)


if __name__ == "__main__":
    main()
