/**
 * SQL plumbing shared by the JDBC stores (conversations, business records). Not API: may change without notice.
 */
package dev.praxis.internal.sql;
