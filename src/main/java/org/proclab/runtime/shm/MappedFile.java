package org.proclab.runtime.shm;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;

/** A shared file and its mapping in this JVM; the path is what travels to other processes. */
public record MappedFile(Path path, MappedByteBuffer buffer) {
}
