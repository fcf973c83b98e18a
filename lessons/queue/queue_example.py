"""Workers cannot return a value to the main process, so each puts its result on a shared Queue."""
import argparse
import multiprocessing

from proclab_trace import report


def job(results, n):
    """The job: the sum of i + i**2 + i**3 for every i below n, handed back through the queue."""
    total = 0
    for i in range(n):
        total += i + i * i + i * i * i
    results.put(total)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    results = multiprocessing.Queue()
    running = []
    for _ in range(args.workers):
        worker = multiprocessing.Process(target=job, args=(results, args.n))
        worker.start()
        running.append(worker)
    # Take the results first, then join: a worker may only be able to finish
    # once what it put on the queue has been picked up.
    total = 0
    for _ in range(args.workers):
        one = results.get()   # waits until some worker has put its sum
        print("got", one, "from the queue")
        total += one
    for worker in running:
        worker.join()
    print("total:", total)
    report("total", total)


if __name__ == "__main__":
    main()
