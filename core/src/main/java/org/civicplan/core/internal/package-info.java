/**
 * Implementation details of core. Nothing here is API: it may change in any release, and no public
 * type outside this package mentions a type in it (an ArchUnit test keeps it so).
 *
 * <p>May use: the model and the JDK.
 */
package org.civicplan.core.internal;
