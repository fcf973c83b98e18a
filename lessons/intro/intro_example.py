"""Starts one worker process per core and keeps each busy for a moment: watch every core in the chart."""
import argparse
import multiprocessing
import os
import time

from proclab_trace import report

# Every process has its own copy of this variable. A worker counting up its copy
# cannot change the copy that lives in the main process.
primes_found = 0


def count_primes(millis):
    """Runs inside a worker process: counts primes until the time is up, using one core flat out."""
    global primes_found
    deadline = time.monotonic() + millis / 1000
    candidate = 2
    while time.monotonic() < deadline:
        # Check the clock only now and then: the point is to compute, not to read the time.
        for _ in range(1_000):
            if is_prime(candidate):
                primes_found += 1
            candidate += 1
    print(f"pid {os.getpid()}: found {primes_found} primes below {candidate}")


def is_prime(n):
    if n < 2 or n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--millis", type=int, default=1500)
    args = parser.parse_args()

    print(f"main process: pid {os.getpid()}, this machine has {os.cpu_count()} cores")
    running = []
    for k in range(1, args.workers + 1):
        worker = multiprocessing.Process(target=count_primes, args=(args.millis,), name=f"worker-{k}")
        worker.start()   # a new process, with its own pid and its own memory
        running.append(worker)
    for worker in running:
        worker.join()    # wait for it to finish
        print(f"{worker.name} (pid {worker.pid}) exited with code {worker.exitcode}")
    # The workers counted in their own memory; the main process's copy was never touched.
    print(f"main process: my primes_found is still {primes_found}")
    report("workers", args.workers)
    report("main_primes_found", primes_found)


if __name__ == "__main__":
    main()
