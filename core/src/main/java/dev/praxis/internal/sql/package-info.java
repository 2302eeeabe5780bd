/**
 * SQL plumbing shared by the JDBC stores (conversations, business records). Not API: may change without notice.
 */
@NullMarked
package dev.praxis.internal.sql;

import org.jspecify.annotations.NullMarked;
