package dev.praxis.memory.store;

/** {@link SessionLease#inProcess()}: nothing to take or release outside the process. */
enum InProcessLease implements SessionLease {
    INSTANCE;

    @Override
    public void close() {
        // Nothing was taken: the in-process lock of the memory is the whole lease.
    }
}
