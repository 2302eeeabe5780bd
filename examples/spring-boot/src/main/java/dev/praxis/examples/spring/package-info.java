/**
 * A Spring Boot shop assistant on the Praxis starter: {@code POST /chat} and {@code POST /approvals/{id}}.
 */
@NullMarked
package dev.praxis.examples.spring;

import org.jspecify.annotations.NullMarked;
