package com.example.consumer;

import dev.praxis.memory.store.ConversationStore;
import dev.praxis.testing.contract.ConversationStoreContract;

/** The user's store passes the contract test-support ships. */
class AuditedConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore createStore() {
        return new AuditedConversationStore();
    }
}
