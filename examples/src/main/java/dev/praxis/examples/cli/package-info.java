/** The {@code praxis} command line: {@code ask}, {@code chat}, {@code tools list|call}, {@code agents}. */
package dev.praxis.examples.cli;
