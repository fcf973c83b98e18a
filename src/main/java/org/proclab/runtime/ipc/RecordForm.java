package org.proclab.runtime.ipc;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * A Serializable record as its class and its component values, and back through its canonical constructor,
 * which is also how Java serialization makes a record (so a compact constructor's checks run on arrival).
 * The codecs send records this way instead of through object streams, which cost a new worker JVM 15-20 ms to
 * set up. Only Serializable records: any other would fail to travel by serialization too.
 */
public final class RecordForm {
    private RecordForm() {
    }

    public static boolean travels(Object item) {
        return item instanceof Record && item instanceof Serializable;
    }

    /** The component values in declaration order, or null if one cannot be read. */
    public static Object[] components(Record record) {
        RecordComponent[] declared = record.getClass().getRecordComponents();
        Object[] values = new Object[declared.length];
        try {
            for (int i = 0; i < declared.length; i++) {
                Method accessor = declared[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = accessor.invoke(record);
            }
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return null;
        }
        return values;
    }

    /** The record {@code className} made from {@code components}, with the class loader that loaded this class. */
    public static Object make(String className, Object[] components) throws IOException {
        try {
            Class<?> type = Class.forName(className, false, RecordForm.class.getClassLoader());
            RecordComponent[] declared = type.getRecordComponents();
            if (declared == null || declared.length != components.length) {
                throw new MalformedFrameException(className + " is not the record of " + components.length
                        + " components it was sent as");
            }
            Class<?>[] types = new Class<?>[declared.length];
            for (int i = 0; i < declared.length; i++) {
                types[i] = declared[i].getType();
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(components);
        } catch (ClassNotFoundException ex) {
            throw new IOException("class not found in this JVM: " + ex.getMessage(), ex);
        } catch (InvocationTargetException ex) {
            // The record's own constructor refused the values, as it would have under serialization.
            throw new IOException("record " + className + " refused its values: " + ex.getCause(), ex.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException ex) {
            throw new IOException("record " + className + " cannot be made here: " + ex, ex);
        }
    }
}
