/**
 * Runnable examples: {@link dev.praxis.examples.Main} is the {@code praxis} command line; the example agents live in
 * {@code agents}, the write-your-own-tool example in {@code custom}.
 */
package dev.praxis.examples;
