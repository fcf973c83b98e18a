"""Numbers in shared memory: a worker changes them in place and the main process sees the change."""
import argparse
import multiprocessing

from proclab_trace import report


def change(count, ratio, numbers):
    """Runs in a worker. It returns nothing: it writes into memory the main process can read too."""
    count.value = count.value + 1
    ratio.value = ratio.value * 2
    for i in range(len(numbers)):
        numbers[i] = numbers[i] * 10
    print("worker: added 1, doubled the ratio, multiplied every number by 10")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()

    # The type code says what kind of number lives in the shared memory, as in the array module.
    count = multiprocessing.Value("i", args.start)        # 'i': a C int, 4 bytes, whole numbers
    ratio = multiprocessing.Value("d", 3.14)              # 'd': a C double, 8 bytes
    numbers = multiprocessing.Array("i", [1, 2, 3, 4])    # four ints side by side
    print(f"before: count={count.value} ratio={ratio.value} numbers={numbers[:]}")

    worker = multiprocessing.Process(target=change, args=(count, ratio, numbers))
    worker.start()
    worker.join()
    print(f"after:  count={count.value} ratio={ratio.value} numbers={numbers[:]}")

    # Two mistakes, and what CPython says about them.
    try:
        multiprocessing.Value("x", 0)
    except (TypeError, ValueError) as wrong_code:
        print(f"Value('x', 0) -> {type(wrong_code).__name__}: {wrong_code}")
    try:
        multiprocessing.Array("i", [[1, 2], [3, 4]])
    except (TypeError, ValueError) as two_dimensions:
        print(f"Array('i', [[1, 2], [3, 4]]) -> {type(two_dimensions).__name__}: {two_dimensions}")

    report("value_i", count.value)
    report("value_d", ratio.value)
    report("array", numbers[:])


if __name__ == "__main__":
    main()
