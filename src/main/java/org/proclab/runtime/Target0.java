package org.proclab.runtime;

import java.io.Serializable;

/** A process target with no arguments. Serializable, so a lambda or method reference can travel to a worker JVM. */
@FunctionalInterface
public interface Target0 extends Serializable {
    void run() throws Exception;
}
