/**
 * Internals of the validation module: the rules themselves, the constraint validators that expose
 * them to Bean Validation, message formatting and the report renderers. Not an API: anything here
 * may change without notice. The constraint validators are public only because {@link
 * java.util.ServiceLoader} (through {@code META-INF/services/jakarta.validation.ConstraintValidator})
 * needs public classes.
 */
package org.civicplan.validation.internal;
