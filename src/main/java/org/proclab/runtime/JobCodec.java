package org.proclab.runtime;

import java.io.IOException;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/**
 * The bytes of a {@link Process} job (its target and arguments) and of a {@link Pool} function on their way to
 * a worker; owns that format.
 * <p>
 * Almost every target is a lambda or method reference over numbers, strings, lists, the runtime's queues,
 * values, arrays, locks, events and barriers, and records of these ({@link JobValues}). Such a job travels as
 * the method to call and the values to call it with, and a new worker JVM decodes it without object streams:
 * setting those up costs a cold JVM 15–20 ms (their
 * filter configuration initialises the system logger), the largest part of a worker's path to its first
 * message after the JVM itself. Every other job (a target object of its own class, a learner's object as an
 * argument, a handle without a compact form) is sent with Java serialization, exactly as before.
 * <p>
 * The worker calls the lambda's own method by reflection ({@link DirectCall}), with the captured values first,
 * which is what the lambda's class would do; it initialises the capturing class first, as deserializing the
 * lambda does. A pool function arrives as a {@link MethodFunction} of its arity; after its first few calls the
 * reflective call runs compiled code the JIT inlines like the lambda (500,000 calls in a fresh JVM: 13.2 ms
 * against 12.9 ms through the lambda).
 */
public final class JobCodec {
    private static final byte SERIALIZED = 0;
    private static final byte DIRECT = 1;
    private static final byte FUNCTION = 2;

    private JobCodec() {
    }

    /** A decoded job: runs the target with its arguments, throwing what the target throws. */
    public interface Job {
        void run() throws Exception;
    }

    /** {@code job}: the target, then its arguments. Throws IOException if it cannot travel at all. */
    public static byte[] encode(Object[] job) throws IOException {
        PayloadWriter direct = direct(job);
        if (direct != null) {
            return direct.toByteArray();
        }
        byte[] serialized = ItemCodec.serialize(job);
        return new PayloadWriter(serialized.length + 8).writeByte(SERIALIZED).writeBytes(serialized).toByteArray();
    }

    /** Whether {@code encoded} travels without Java serialization (so the worker needs no object streams). */
    public static boolean isDirect(byte[] encoded) {
        return encoded.length > 0 && encoded[0] == DIRECT;
    }

    public static Job decode(byte[] encoded) throws IOException {
        PayloadReader in = new PayloadReader(encoded);
        byte kind = in.readByte();
        if (kind == SERIALIZED) {
            return serialized((Object[]) ItemCodec.deserialize(in.readBytes()));
        }
        if (kind != DIRECT) {
            throw new MalformedFrameException("unknown job kind " + kind);
        }
        DirectCall call = readCall(in);
        // A class, not a lambda: a plain job links no method handle in the worker (see FrameWriter's flusher).
        return new Job() {
            @Override
            public void run() throws Exception {
                call.call();
            }
        };
    }

    /**
     * A pool function: in the direct form when it is a lambda or method reference over compact values and
     * handles, else serialized. The worker gets a {@link MethodFunction} or the deserialized lambda.
     */
    public static byte[] encodeFunction(Object fn) throws IOException {
        SerializedLambda lambda = lambdaOf(fn);
        int arity = lambda == null ? 0 : arityOf(lambda.getFunctionalInterfaceClass());
        if (arity > 0) {
            PayloadWriter out = new PayloadWriter(256).writeByte(FUNCTION).writeByte(arity);
            if (writeCall(out, fn, lambda, List.of(), arity)) {
                return out.toByteArray();
            }
        }
        byte[] serialized = ItemCodec.serialize(fn);
        return new PayloadWriter(serialized.length + 8).writeByte(SERIALIZED).writeBytes(serialized).toByteArray();
    }

    public static Object decodeFunction(byte[] encoded) throws IOException {
        PayloadReader in = new PayloadReader(encoded);
        byte kind = in.readByte();
        if (kind == SERIALIZED) {
            return ItemCodec.deserialize(in.readBytes());
        }
        if (kind != FUNCTION) {
            throw new MalformedFrameException("unknown function kind " + kind);
        }
        int arity = in.readByte();
        if (arity < 1 || arity > 3) {
            throw new MalformedFrameException("a pool function of arity " + arity);
        }
        return MethodFunction.of(readCall(in), arity);
    }

    private static int arityOf(String functionalInterface) {
        switch (functionalInterface) {
            case "org/proclab/runtime/Fn":
                return 1;
            case "org/proclab/runtime/Fn2":
                return 2;
            case "org/proclab/runtime/Fn3":
                return 3;
            default:
                return 0;
        }
    }

    private static DirectCall readCall(PayloadReader in) throws IOException {
        String capturing = in.readString();
        String owner = in.readString();
        String method = in.readString();
        String descriptor = in.readString();
        boolean isStatic = in.readBoolean();
        Object[] values = JobValues.read(in);
        ClassLoader loader = JobCodec.class.getClassLoader();
        try {
            Class.forName(capturing, true, loader);
            Method m = find(Class.forName(owner, true, loader), method, descriptor);
            if (m == null) {
                throw new IOException("method " + owner + "." + method + descriptor + " not found in this JVM");
            }
            m.setAccessible(true);
            return new DirectCall(m, isStatic, values);
        } catch (ClassNotFoundException ex) {
            throw new IOException("class not found in this JVM: " + ex.getMessage(), ex);
        }
    }

    /** The direct form, or null when some part of the job has none. */
    private static PayloadWriter direct(Object[] job) {
        SerializedLambda lambda = lambdaOf(job[0]);
        if (lambda == null) {
            return null;
        }
        PayloadWriter out = new PayloadWriter(256).writeByte(DIRECT);
        List<Object> args = Arrays.asList(job).subList(1, job.length);
        return writeCall(out, job[0], lambda, args, 0) ? out : null;
    }

    /**
     * The lambda's method, its captured values and then {@code args}, to be called later with {@code later}
     * more arguments; false when some part has no direct form.
     */
    private static boolean writeCall(PayloadWriter out, Object target, SerializedLambda lambda, List<Object> args,
                                     int later) {
        int kind = lambda.getImplMethodKind();
        boolean isStatic = kind == MethodHandleInfo.REF_invokeStatic;
        if (!isStatic && kind != MethodHandleInfo.REF_invokeVirtual && kind != MethodHandleInfo.REF_invokeInterface
                && kind != MethodHandleInfo.REF_invokeSpecial) {
            return false;
        }
        List<Object> values = new ArrayList<>(lambda.getCapturedArgCount() + args.size());
        for (int i = 0; i < lambda.getCapturedArgCount(); i++) {
            values.add(lambda.getCapturedArg(i));
        }
        values.addAll(args);
        String owner = lambda.getImplClass().replace('/', '.');
        if (!callable(target, owner, lambda.getImplMethodName(), lambda.getImplMethodSignature(), isStatic, kind,
                values.size() + later)) {
            return false;
        }
        out.writeString(lambda.getCapturingClass().replace('/', '.')).writeString(owner)
                .writeString(lambda.getImplMethodName()).writeString(lambda.getImplMethodSignature())
                .writeBoolean(isStatic);
        return JobValues.write(out, values);
    }

    /** The name of the method a lambda or method reference calls ("square", "lambda$main$0"), or null. */
    public static String implMethodName(Object fn) {
        if (fn instanceof MethodFunction) {
            return ((MethodFunction) fn).methodName();
        }
        SerializedLambda lambda = lambdaOf(fn);
        return lambda == null ? null : lambda.getImplMethodName();
    }

    private static SerializedLambda lambdaOf(Object target) {
        if (target == null || !target.getClass().isSynthetic()) {
            return null;
        }
        try {
            Method replace = target.getClass().getDeclaredMethod("writeReplace");
            replace.setAccessible(true);
            Object form = replace.invoke(target);
            return form instanceof SerializedLambda ? (SerializedLambda) form : null;
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return null;
        }
    }

    /**
     * Whether the worker will find and may call this method the way the lambda would: the same lookup as
     * {@link #decode}, here where the class is known to exist; a super call ({@code invokespecial} on a method
     * that is not private) would dispatch differently by reflection, so it is left to serialization.
     */
    private static boolean callable(Object target, String owner, String name, String descriptor, boolean isStatic,
                                    int kind, int values) {
        try {
            Method m = find(Class.forName(owner, false, target.getClass().getClassLoader()), name, descriptor);
            if (m == null || Modifier.isStatic(m.getModifiers()) != isStatic || !m.trySetAccessible()) {
                return false;
            }
            if (kind == MethodHandleInfo.REF_invokeSpecial && !Modifier.isPrivate(m.getModifiers())) {
                return false;
            }
            return m.getParameterCount() + (isStatic ? 0 : 1) == values;
        } catch (ClassNotFoundException | LinkageError | RuntimeException ex) {
            return false;
        }
    }

    private static Method find(Class<?> owner, String name, String descriptor) {
        for (Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(name) && descriptor.equals(descriptorOf(m))) {
                return m;
            }
        }
        return null;
    }

    private static String descriptorOf(Method m) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            d.append(descriptorOf(p));
        }
        return d.append(')').append(descriptorOf(m.getReturnType())).toString();
    }

    private static String descriptorOf(Class<?> type) {
        if (type.isArray()) {
            return type.getName().replace('.', '/');
        }
        if (!type.isPrimitive()) {
            return "L" + type.getName().replace('.', '/') + ";";
        }
        return String.valueOf("ZBCSIJFDV".charAt(List.of(boolean.class, byte.class, char.class, short.class,
                int.class, long.class, float.class, double.class, void.class).indexOf(type)));
    }

    @SuppressWarnings("unchecked")
    private static Job serialized(Object[] job) {
        return () -> {
            Object target = job[0];
            if (target instanceof Target0) {
                ((Target0) target).run();
            } else if (target instanceof Target1) {
                ((Target1<Object>) target).run(job[1]);
            } else if (target instanceof Target2) {
                ((Target2<Object, Object>) target).run(job[1], job[2]);
            } else if (target instanceof Target3) {
                ((Target3<Object, Object, Object>) target).run(job[1], job[2], job[3]);
            } else {
                throw new IllegalArgumentException("not a process target: " + target);
            }
        };
    }
}
