package org.proclab.runtime;

/** What a Condition needs of its lock, a Lock or an RLock: its owner, and to let go of it fully and take it back. */
interface ConditionLock {
    boolean heldByCurrentThread();

    /** Lets go of every level this thread holds; answers how many to restore. */
    int releaseAll();

    void restore(int levels);

    void acquire();

    boolean acquire(java.time.Duration timeout);

    void release();

    static ConditionLock of(Object lock) {
        if (lock instanceof RLock) {
            RLock r = (RLock) lock;
            return new ConditionLock() {
                public boolean heldByCurrentThread() {
                    return r.isOwned();
                }

                public int releaseAll() {
                    return r.releaseAll();
                }

                public void restore(int levels) {
                    r.restore(levels);
                }

                public void acquire() {
                    r.acquire();
                }

                public boolean acquire(java.time.Duration timeout) {
                    return r.acquire(timeout);
                }

                public void release() {
                    r.release();
                }
            };
        }
        Lock l = (Lock) lock;
        return new ConditionLock() {
            public boolean heldByCurrentThread() {
                return l.heldByCurrentThread();
            }

            public int releaseAll() {
                l.release();
                return 1;
            }

            public void restore(int levels) {
                l.acquire();
            }

            public void acquire() {
                l.acquire();
            }

            public boolean acquire(java.time.Duration timeout) {
                return l.acquire(timeout);
            }

            public void release() {
                l.release();
            }
        };
    }
}
