package org.proclab.lessons.exercises;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.Pool;

/** Exercise: let a Pool compute the cubes, in order, with map. */
public class PoolCubes {

    static int cube(int x) {
        return x * x * x;
    }

    public static void main(String[] args) {
        List<Integer> numbers = new ArrayList<>();
        for (int x = 1; x <= 10; x++) {
            numbers.add(x);
        }
        try (Pool pool = new Pool(2)) {
            // TODO: the main process does the work itself; use pool.map(PoolCubes::cube, numbers) instead.
            List<Integer> cubes = new ArrayList<>();
            for (int x : numbers) {
                cubes.add(cube(x));
            }
            System.out.println("cubes = " + cubes);
        }
    }
}
