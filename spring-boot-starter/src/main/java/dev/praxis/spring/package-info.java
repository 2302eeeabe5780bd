/**
 * Spring Boot auto-configuration for Praxis: {@link dev.praxis.spring.PraxisProperties} ({@code praxis.*}),
 * {@link dev.praxis.spring.PraxisAutoConfiguration} (model, stores, packs, approval handler, agents) and
 * {@link dev.praxis.spring.PraxisAgents}, the agents declared in properties. Every bean gives way to an application
 * bean of the same type; docs/spring-boot.md describes them.
 */
@NullMarked
package dev.praxis.spring;

import org.jspecify.annotations.NullMarked;
