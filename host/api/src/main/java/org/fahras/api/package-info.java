/**
 * The Fahras plugin API: extension points and the value types that cross the boundary between
 * the host and its plugins.
 *
 * <p>Plugins compile against this package only (plus PF4J and Lucene core, which the host
 * provides). No Tika, Swing or host-internal type appears here.
 */
package org.fahras.api;
