package org.proclab.lesson;

/** The lab views a chapter can ask for (metadata key {@code views}, lower-case with dashes). */
public enum ViewKind {
    CORES, LANES, VALUE_TIMELINE, POOL_TASKS, SPEED, CONSOLE
}
