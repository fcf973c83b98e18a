package org.proclab.runtime.worker;

import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.proclab.runtime.Fn;
import org.proclab.runtime.Fn2;
import org.proclab.runtime.Fn3;
import org.proclab.runtime.JobCodec;
import org.proclab.runtime.MethodFunction;

/**
 * Calls a pool function on a task's items, as Python's pool worker does: {@code map} passes each item as the
 * one argument, {@code starmap} unpacks each item into the arguments. A wrong argument count reads like
 * Python's TypeError ("square() takes 1 positional argument but 3 were given"), not a ClassCastException.
 */
final class TaskCall {
    private TaskCall() {
    }

    /**
     * Plain loops over a random-access list (what a task's items always are): a new worker runs this
     * interpreted at first, where an iterator call per item shows.
     */
    static List<Object> applyAll(Object fn, List<Object> items, boolean star) throws Exception {
        List<Object> args = items instanceof RandomAccess ? items : Arrays.asList(items.toArray());
        int n = args.size();
        ResultGatherer results = new ResultGatherer(n);
        try {
            if (star) {
                for (int i = 0; i < n; i++) {
                    results.put(i, applyStar(fn, args.get(i)));
                }
            } else {
                @SuppressWarnings("unchecked")
                Fn<Object, Object> one = (Fn<Object, Object>) fn;
                for (int i = 0; i < n; i++) {
                    results.put(i, one.apply(args.get(i)));
                }
            }
        } catch (ClassCastException ex) {
            throw castAtTheCall(fn, ex);
        }
        return results.list();
    }

    @SuppressWarnings("unchecked")
    private static Object applyStar(Object fn, Object item) throws Exception {
        if (!(item instanceof List)) {
            throw learnerError(nameOf(fn) + " argument after * must be a list of arguments, not "
                    + (item == null ? "null" : item.getClass().getSimpleName()));
        }
        List<Object> args = (List<Object>) item;
        int arity = fn instanceof Fn3 ? 3 : fn instanceof Fn2 ? 2 : 1;
        if (args.size() != arity) {
            throw learnerError(arityMessage(nameOf(fn), arity, args.size()));
        }
        if (arity == 3) {
            return ((Fn3<Object, Object, Object, Object>) fn).apply(args.get(0), args.get(1), args.get(2));
        } else if (arity == 2) {
            return ((Fn2<Object, Object, Object>) fn).apply(args.get(0), args.get(1));
        }
        return ((Fn<Object, Object>) fn).apply(args.get(0));
    }

    static String arityMessage(String name, int arity, int given) {
        if (given < arity) {
            int missing = arity - given;
            return name + " missing " + missing + " required positional argument" + (missing == 1 ? "" : "s");
        }
        return name + " takes " + arity + " positional argument" + (arity == 1 ? "" : "s") + " but " + given
                + (given == 1 ? " was" : " were") + " given";
    }

    /**
     * A cast that failed in the function's own bridge (a hidden frame, so the top frame is ours) is a wrong
     * argument type, which Python calls a TypeError.
     */
    private static RuntimeException castAtTheCall(Object fn, ClassCastException ex) {
        StackTraceElement[] stack = ex.getStackTrace();
        String top = stack.length == 0 ? "" : stack[0].getClassName();
        if (top.equals(TaskCall.class.getName()) || top.equals(fn.getClass().getName())
                || MethodFunction.isWrongArgument(ex)) {
            return learnerError(nameOf(fn) + " was given an argument of the wrong type: " + ex.getMessage());
        }
        return ex;
    }

    /**
     * Python's TypeError for a call that never reached the function: the worker's own frames would only hide
     * the one line that matters, so it carries none (and is printed once).
     */
    static IllegalArgumentException learnerError(String message) {
        IllegalArgumentException error = new IllegalArgumentException(message);
        error.setStackTrace(new StackTraceElement[0]);
        return error;
    }

    /** "square()" for a method reference, "<lambda>()" for a lambda, as Python names them. */
    static String nameOf(Object fn) {
        String method = JobCodec.implMethodName(fn);
        return method != null ? pythonName(method) : fn.getClass().getSimpleName() + "()";
    }

    private static String pythonName(String method) {
        return (method.startsWith("lambda$") ? "<lambda>" : method) + "()";
    }
}
