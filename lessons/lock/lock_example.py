"""Several workers add to one shared number. Without a lock, some of their additions vanish."""
import argparse
import multiprocessing
import time
from typing import NamedTuple

from proclab_trace import report


class Plan(NamedTuple):
    """What every worker is told. Plain numbers and text: each worker gets its own copy."""
    lock: str
    iterations: int
    delay_micros: int


def work(add, plan, counter, lock, start):
    """Runs in worker k, which adds 2k - 1 each time: 1, 3, 5, ..."""
    start.wait()   # wait until every worker is ready, so they really run at the same time
    if plan.lock == "loop":       # the whole loop is one turn: the others wait until this worker is done
        with lock:                # released on the way out, even if something fails
            for _ in range(plan.iterations):
                add_slowly(counter, add, plan.delay_micros)
    elif plan.lock == "each":     # a turn per addition: workers take turns, one update at a time
        for _ in range(plan.iterations):
            with lock:
                add_slowly(counter, add, plan.delay_micros)
    elif plan.lock == "atomic":   # the Value's own lock around the read and the write: no gap between them
        for _ in range(plan.iterations):
            pause(plan.delay_micros)
            with counter.get_lock():
                counter.value += add
    else:                         # "none": nothing stops two workers from overlapping
        for _ in range(plan.iterations):
            add_slowly(counter, add, plan.delay_micros)
    print(f"done: added {add} x {plan.iterations}")


def add_slowly(counter, add, delay_micros):
    """Read, wait a little, write back: if another worker writes in the gap, its addition is overwritten."""
    seen = counter.value
    pause(delay_micros)
    counter.value = seen + add


def pause(micros):
    """Waits by watching the clock: time.sleep cannot wait as little as a few microseconds."""
    until = time.perf_counter_ns() + micros * 1_000
    while time.perf_counter_ns() < until:
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lock", choices=["none", "loop", "each", "atomic"], default="none")
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--delay", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    plan = Plan(args.lock, args.iterations, args.delay)

    counter = multiprocessing.Value("i", 0)
    lock = multiprocessing.Lock()
    start = multiprocessing.Barrier(args.workers)
    running = []
    for k in range(1, args.workers + 1):
        worker = multiprocessing.Process(target=work, args=(2 * k - 1, plan, counter, lock, start),
                                         name=f"worker-{k}")
        worker.start()
        running.append(worker)
    for worker in running:
        worker.join()

    # Worker k adds 2k - 1 each time; 1 + 3 + ... + (2w - 1) = w², so this is what every addition gives.
    expected = plan.iterations * args.workers * args.workers
    last = counter.value
    print(f"lock={plan.lock}: expected {expected}, got {last}, lost {expected - last}")
    report("expected", expected)
    report("final", last)
    report("lost", expected - last)


if __name__ == "__main__":
    main()
