/**
 * Memory: the conversation history of each session (windowed, persistent, crash-safe) and long-term facts
 * about a user. The agent depends only on {@link dev.praxis.memory.ConversationMemory}.
 */
package dev.praxis.memory;
