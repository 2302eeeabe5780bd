package dev.praxis.records;

class InMemoryRecordStoreTest extends RecordStoreContract {

    @Override
    protected RecordStore createStore() {
        return InMemoryRecordStore.create(clock);
    }
}
