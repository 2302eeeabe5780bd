package dev.praxis.ecommerce.records;

import dev.praxis.records.FileRecordStore;
import dev.praxis.records.RecordStore;
import dev.praxis.testing.contract.ecommerce.ShopRecordsContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract on files: the second instance opens the same directory, as another process would. */
class FileShopRecordsTest extends ShopRecordsContract {

    @TempDir
    Path directory;

    @Override
    protected RecordStore createStore() {
        return FileRecordStore.open(directory, clock);
    }

    @Override
    protected RecordStore openAnother() {
        return FileRecordStore.open(directory, clock);
    }
}
