/**
 * The example agents, each a small class meant to be copied as a template: {@code finance} (personal finance and
 * investing on tools-finance), {@code shop} (shopping on tools-ecommerce) and {@code support} (a front desk that
 * routes to both, keeping one session).
 */
package dev.praxis.examples.agents;
