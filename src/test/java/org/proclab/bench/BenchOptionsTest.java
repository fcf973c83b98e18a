package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void noArgumentsMeansFullRunOfEverythingAsTable() {
        BenchOptions o = BenchOptions.parse(new String[0]);
        assertFalse(o.quick());
        assertFalse(o.json());
        assertTrue(o.runs("speed"));
        assertNull(o.python());
        assertEquals(5, o.repsFor(3, 5));
    }

    @Test
    void quickAndJsonAreRead() {
        BenchOptions o = BenchOptions.parse(new String[] {"--quick", "--json"});
        assertTrue(o.quick());
        assertTrue(o.json());
        assertEquals(3, o.repsFor(3, 5));
    }

    @Test
    void repsOverrideBothDefaults() {
        BenchOptions o = BenchOptions.parse(new String[] {"--quick", "--reps", "7"});
        assertEquals(7, o.repsFor(3, 5));
    }

    @Test
    void onlySelectsWorkloads() {
        BenchOptions o = BenchOptions.parse(new String[] {"--only", "start,queue"});
        assertEquals(Set.of("start", "queue"), o.only());
        assertTrue(o.runs("queue"));
        assertFalse(o.runs("speed"));
    }

    @Test
    void pythonPathIsKept() {
        assertEquals(Path.of("/opt/py/bin/python3"),
                BenchOptions.parse(new String[] {"--python", "/opt/py/bin/python3"}).python());
    }

    @Test
    void unknownWorkloadNamesTheKnownOnes() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(new String[] {"--only", "start,nope"}));
        assertTrue(ex.getMessage().contains("nope"));
        assertTrue(ex.getMessage().contains("counter"));
    }

    @Test
    void badRepsAndMissingValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--reps", "0"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--reps", "x"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--reps"}));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(new String[] {"--fast"}));
        assertTrue(ex.getMessage().contains("usage"));
    }

    @Test
    void pythonCanBeLeftOut() {
        assertTrue(BenchOptions.parse(new String[] {"--no-python"}).noPython());
        assertFalse(BenchOptions.parse(new String[0]).noPython());
    }

    @Test
    void helpIsAnOption() {
        assertTrue(BenchOptions.parse(new String[] {"--help"}).help());
    }
}
