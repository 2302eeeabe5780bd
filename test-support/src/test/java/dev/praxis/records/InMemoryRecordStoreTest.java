package dev.praxis.records;

import dev.praxis.testing.contract.RecordStoreContract;

class InMemoryRecordStoreTest extends RecordStoreContract {

    @Override
    protected RecordStore createStore() {
        return InMemoryRecordStore.create(clock);
    }
}
