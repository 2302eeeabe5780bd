/**
 * SQL plumbing shared by the JDBC stores (conversations, business records): not API, may change without notice.
 */
package dev.praxis.internal.sql;
