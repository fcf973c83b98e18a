package org.proclab.runtime;

/**
 * A pool function as a pool worker holds it when it came in {@link JobCodec}'s direct form: the lambda's
 * method and captured values, called by reflection. One class per arity, so a task's star-call sees
 * {@link Fn}, {@link Fn2} or {@link Fn3} as it would with the lambda itself.
 */
public abstract class MethodFunction {
    final DirectCall call;

    MethodFunction(DirectCall call) {
        this.call = call;
    }

    /** The name of the lambda's method: "square" for {@code Example::square}, "lambda$main$0" for a lambda. */
    public String methodName() {
        return call.methodName();
    }

    /**
     * Whether {@code thrown} is this function's report of an argument of the wrong type (the reflective call
     * refused it) rather than something the learner's code threw.
     */
    public static boolean isWrongArgument(Throwable thrown) {
        return thrown instanceof DirectCall.WrongArgument;
    }

    static MethodFunction of(DirectCall call, int arity) {
        switch (arity) {
            case 1:
                return new One(call);
            case 2:
                return new Two(call);
            case 3:
                return new Three(call);
            default:
                throw new IllegalArgumentException("a pool function takes 1 to 3 arguments, not " + arity);
        }
    }

    private static final class One extends MethodFunction implements Fn<Object, Object> {
        private static final long serialVersionUID = 1L;

        One(DirectCall call) {
            super(call);
        }

        @Override
        public Object apply(Object a) throws Exception {
            return call.call(a);
        }
    }

    private static final class Two extends MethodFunction implements Fn2<Object, Object, Object> {
        private static final long serialVersionUID = 1L;

        Two(DirectCall call) {
            super(call);
        }

        @Override
        public Object apply(Object a, Object b) throws Exception {
            return call.call(a, b);
        }
    }

    private static final class Three extends MethodFunction implements Fn3<Object, Object, Object, Object> {
        private static final long serialVersionUID = 1L;

        Three(DirectCall call) {
            super(call);
        }

        @Override
        public Object apply(Object a, Object b, Object c) throws Exception {
            return call.call(a, b, c);
        }
    }
}
