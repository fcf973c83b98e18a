package org.proclab.lesson;

/**
 * A parameter a learner gave is unknown, of the wrong type or out of range. The message says what is allowed,
 * so it can be shown as it is.
 */
public class ParamException extends IllegalArgumentException {
    private final String param;

    public ParamException(String param, String message) {
        super(message);
        this.param = param;
    }

    /** The parameter at fault, or null when the problem is not about one parameter. */
    public String param() {
        return param;
    }
}
