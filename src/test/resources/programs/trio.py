import multiprocessing as mp


def fill(queue, total, slots, k):
    square = k * k
    slots[k] = square
    with total.get_lock():
        total.value += square
    queue.put(square)


def triple(x):
    return 3 * x


if __name__ == "__main__":
    queue = mp.Queue()
    total = mp.Value("i", 0)
    slots = mp.Array("i", 3)
    workers = [mp.Process(target=fill, args=(queue, total, slots, k)) for k in range(3)]
    for p in workers:
        p.start()
    got = sorted(queue.get() for _ in range(3))
    print("squares from the queue:", got)
    for p in workers:
        p.join()
    print("exit codes:", [p.exitcode for p in workers])
    print("total:", total.value)
    print("slots:", list(slots))
    with mp.Pool(3) as pool:
        print("tripled:", pool.map(triple, range(1, 7)))
