package org.proclab.lesson;

/**
 * What is wrong with one parameter a learner gave, as the CLI prints it and the parameter panel marks it.
 *
 * @param param   the parameter's name
 * @param kind    what kind of problem, for a view that words it in the learner's language
 * @param message the English sentence that says what is allowed
 */
public record ParamProblem(String param, Kind kind, String message) {
    public enum Kind { UNKNOWN, NOT_A_NUMBER, TOO_SMALL, TOO_LARGE, NOT_A_CHOICE, NOT_A_BOOLEAN }

    ParamException exception() {
        return new ParamException(param, message);
    }
}
