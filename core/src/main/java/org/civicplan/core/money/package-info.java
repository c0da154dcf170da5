/**
 * Amounts in Vietnamese đồng ({@link org.civicplan.core.money.Vnd}) and how they are written and read
 * ("1,5 tỷ đồng", "1.500 triệu").
 *
 * <p>May use: the root package (exceptions, messages) and {@code text}; never the model.
 */
package org.civicplan.core.money;
