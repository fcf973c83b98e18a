package org.proclab.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * A lambda's own method, found by name in this JVM, with the values the lambda captured: calling it with the
 * lambda's arguments does what the lambda's class would do. What {@link JobCodec} decodes a direct job or
 * pool function into.
 */
final class DirectCall {
    private final Method method;
    private final boolean isStatic;
    private final Object[] captured;

    DirectCall(Method method, boolean isStatic, Object[] captured) {
        this.method = method;
        this.isStatic = isStatic;
        this.captured = captured;
    }

    String methodName() {
        return method.getName();
    }

    /** The method's result for {@code args} after the captured values; throws what the method throws. */
    Object call(Object... args) throws Exception {
        Object[] all = args;
        if (captured.length > 0) {
            all = new Object[captured.length + args.length];
            System.arraycopy(captured, 0, all, 0, captured.length);
            System.arraycopy(args, 0, all, captured.length, args.length);
        }
        Object receiver = null;
        Object[] params = all;
        if (!isStatic) {
            // An instance method: the receiver is the first captured value (obj::m) or the first argument (T::m).
            receiver = all[0];
            params = new Object[all.length - 1];
            System.arraycopy(all, 1, params, 0, params.length);
            if (receiver == null) {
                throw new NullPointerException("cannot call " + method.getName() + "() on null");
            }
        }
        try {
            return method.invoke(receiver, params);
        } catch (InvocationTargetException ex) {
            Throwable thrown = withoutReflectionFrames(ex.getCause());
            if (thrown instanceof Exception) {
                throw (Exception) thrown;
            }
            throw (Error) thrown;
        } catch (IllegalArgumentException mismatch) {
            // Thrown by the reflective call itself, never by the method (that would be the case above).
            throw wrongArgument(receiver, params);
        }
    }

    /** What the lambda's own cast or unboxing would have thrown for these arguments. */
    private RuntimeException wrongArgument(Object receiver, Object[] params) {
        if (!isStatic && !method.getDeclaringClass().isInstance(receiver)) {
            return new WrongArgument(receiver.getClass(), method.getDeclaringClass());
        }
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length && i < params.length; i++) {
            Class<?> wanted = boxed(types[i]);
            if (params[i] == null && types[i].isPrimitive()) {
                return new NullPointerException("cannot pass null as " + types[i].getName());
            }
            if (params[i] != null && !wanted.isInstance(params[i])) {
                return new WrongArgument(params[i].getClass(), wanted);
            }
        }
        return new WrongArgument(Object.class, Object.class);
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        Class<?>[][] pairs = {{int.class, Integer.class}, {long.class, Long.class}, {double.class, Double.class},
            {float.class, Float.class}, {boolean.class, Boolean.class}, {short.class, Short.class},
            {byte.class, Byte.class}, {char.class, Character.class}};
        for (Class<?>[] pair : pairs) {
            if (pair[0] == type) {
                return pair[1];
            }
        }
        return type;
    }

    /** The learner's traceback shows their frames and ours, not the four of the reflective call between them. */
    private static Throwable withoutReflectionFrames(Throwable thrown) {
        List<StackTraceElement> kept = new ArrayList<>();
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("jdk.internal.reflect.") && !type.equals("java.lang.reflect.Method")) {
                kept.add(frame);
            }
        }
        thrown.setStackTrace(kept.toArray(new StackTraceElement[0]));
        return thrown;
    }

    /** An argument of a type the method does not take: what a lambda's cast throws, with the same message. */
    static final class WrongArgument extends ClassCastException {
        private static final long serialVersionUID = 1L;

        WrongArgument(Class<?> given, Class<?> wanted) {
            super("class " + given.getName() + " cannot be cast to class " + wanted.getName());
        }
    }
}
