/**
 * One class per frame type on the pipe between a parent and a worker JVM: each writes its payload
 * ({@code encode}) and reads it back ({@code decode}) side by side, so both ends share one definition.
 * Frames without a payload (STARTED, SHUTDOWN) have no class; EVENT frames are {@code ipc.EventCodec}'s.
 */
package org.proclab.runtime.ipc.frames;
