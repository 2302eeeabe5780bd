package dev.praxis.ecommerce.records;

import dev.praxis.records.InMemoryRecordStore;
import dev.praxis.records.RecordStore;
import dev.praxis.testing.contract.ecommerce.ShopRecordsContract;

/** The contract in memory: the second instance is the same store, as threads of one process share it. */
class InMemoryShopRecordsTest extends ShopRecordsContract {

    private final InMemoryRecordStore store = InMemoryRecordStore.create();

    @Override
    protected RecordStore createStore() {
        return store;
    }

    @Override
    protected RecordStore openAnother() {
        return store;
    }
}
