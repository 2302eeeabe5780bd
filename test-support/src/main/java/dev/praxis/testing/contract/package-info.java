/**
 * Contract suites (JUnit 5, AssertJ) for Praxis's extension points: a test of your implementation extends the
 * suite and says how to make one; every inherited test must pass. {@link dev.praxis.testing.contract.ConversationStoreContract}
 * and {@link dev.praxis.testing.contract.RecordStoreContract} (with
 * {@link dev.praxis.testing.contract.SharedRecordStoreContract} for a store several processes share) check a store of
 * your own; the {@code Jdbc*} suites run Praxis's JDBC stores on your database. Praxis runs each suite on every store
 * it ships.
 */
@NullMarked
package dev.praxis.testing.contract;

import org.jspecify.annotations.NullMarked;
