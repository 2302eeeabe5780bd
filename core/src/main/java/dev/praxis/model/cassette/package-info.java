/**
 * Record and replay of model traffic: {@link dev.praxis.model.cassette.RecordingChatModel} writes each request and
 * response as a readable JSON file (a cassette) with secrets masked, {@link dev.praxis.model.cassette.ReplayingChatModel}
 * answers from those files with no server and fails with a field-by-field diff when a request no longer matches.
 * One real session against a model server becomes a regression test.
 *
 * <p>It lives in core rather than in test-support because the CLI ({@code --record}/{@code --replay}) needs it at
 * run time, and test-support cannot depend on core (core's own tests depend on test-support).
 */
@NullMarked
package dev.praxis.model.cassette;

import org.jspecify.annotations.NullMarked;
