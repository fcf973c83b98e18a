package org.proclab.lesson;

import java.util.Optional;

/**
 * The lab views a chapter can ask for (metadata key {@code views}, lower-case with dashes). {@code step} adds
 * step mode (pause the workers before each shared operation, release them by hand); {@code outcomes} adds
 * the outcome histogram of many runs.
 */
public enum ViewKind {
    CORES, LANES, VALUE_TIMELINE, POOL_TASKS, SPEED("gil"), CONSOLE, STEP, OUTCOMES;

    private final String switchedParam;

    ViewKind() {
        this(null);
    }

    ViewKind(String switchedParam) {
        this.switchedParam = switchedParam;
    }

    /**
     * The on/off parameter this view carries as a switch of its own (the speed card's GIL switch), so the run
     * bar does not offer a second control for it; empty for views without one.
     */
    public Optional<String> switchedParam() {
        return Optional.ofNullable(switchedParam);
    }
}
