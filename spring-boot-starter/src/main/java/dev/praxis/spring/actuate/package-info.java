/**
 * Actuator support for Praxis: the model server's health and Micrometer counters of runs and tool calls, set up by
 * {@link dev.praxis.spring.actuate.PraxisActuatorAutoConfiguration} when Spring Boot Actuator is on the class path.
 */
@NullMarked
package dev.praxis.spring.actuate;

import org.jspecify.annotations.NullMarked;
