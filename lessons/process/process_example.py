"""Runs a job with two arguments in a new process: start it, wait for it, compare the two pids."""
import argparse
import multiprocessing
import os

from proclab_trace import report

# The chapter's start choice in CPython's words: a new JVM for each process is "spawn"; JVMs started ahead and
# kept waiting are what "forkserver" keeps.
START_METHODS = {"spawn": "spawn", "standby": "forkserver"}


def job(a, b):
    """The job. It runs in the worker process, not in the main one."""
    print(f"job({a}, {b}) says: a + b = {a + b}")
    print(f"job runs in pid {os.getpid()}; its parent is pid {os.getppid()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--a", type=int, default=1)
    parser.add_argument("--b", type=int, default=2)
    parser.add_argument("--start", choices=sorted(START_METHODS), default="spawn")
    args = parser.parse_args()
    if not os.environ.get("PROCLAB_START_METHOD"):   # the compare view may have chosen one already
        multiprocessing.set_start_method(START_METHODS[args.start])
    print(f"main runs in pid {os.getpid()}")

    worker = multiprocessing.Process(target=job, args=(args.a, args.b))
    worker.start()   # a new process starts and calls job(a, b) there
    worker.join()    # wait until it has finished

    print(f"the worker had pid {worker.pid} and exited with code {worker.exitcode}")
    if multiprocessing.get_start_method() == "forkserver":
        print("with forkserver the worker's parent is the fork server, a process main started first, not main")
    report("main_pid", os.getpid())
    report("worker_pid", worker.pid)
    report("exit_code", worker.exitcode)


if __name__ == "__main__":
    main()
