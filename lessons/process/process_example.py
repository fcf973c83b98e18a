"""Runs a job with two arguments in a new process: start it, wait for it, compare the two pids."""
import argparse
import multiprocessing
import os

from proclab_trace import report


def job(a, b):
    """The job. It runs in the worker process, not in the main one."""
    print(f"job({a}, {b}) says: a + b = {a + b}")
    print(f"job runs in pid {os.getpid()}; its parent is pid {os.getppid()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--a", type=int, default=1)
    parser.add_argument("--b", type=int, default=2)
    args = parser.parse_args()
    print(f"main runs in pid {os.getpid()}")

    worker = multiprocessing.Process(target=job, args=(args.a, args.b))
    worker.start()   # a new process starts and calls job(a, b) there
    worker.join()    # wait until it has finished

    print(f"the worker had pid {worker.pid} and exited with code {worker.exitcode}")
    report("main_pid", os.getpid())
    report("worker_pid", worker.pid)
    report("exit_code", worker.exitcode)


if __name__ == "__main__":
    main()
