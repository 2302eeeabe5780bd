package dev.praxis.memory.store;

class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore createStore() {
        return new InMemoryConversationStore();
    }
}
