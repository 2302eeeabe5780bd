/**
 * Text plumbing shared by core and the tool packs (edit distances): not API, may change without notice.
 */
package dev.praxis.internal.text;
