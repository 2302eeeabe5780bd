/**
 * Conversation plumbing shared by the memory and its stores: not API, may change without notice.
 */
package dev.praxis.internal.memory;
