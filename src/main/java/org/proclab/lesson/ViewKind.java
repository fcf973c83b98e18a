package org.proclab.lesson;

/**
 * The lab views a chapter can ask for (metadata key {@code views}, lower-case with dashes). {@code step} adds
 * step mode (pause the workers before each shared operation, release them by hand); {@code outcomes} adds
 * the outcome histogram of many runs.
 */
public enum ViewKind {
    CORES, LANES, VALUE_TIMELINE, POOL_TASKS, SPEED, CONSOLE, STEP, OUTCOMES
}
