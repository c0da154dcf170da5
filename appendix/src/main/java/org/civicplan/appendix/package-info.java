/**
 * Reading a plan's appendix (Phụ lục) back from the Excel (xlsx) or Word (docx) file officials keep
 * it in: the table found by its headings, section rows, items with every cell as written, units,
 * deadlines and document numbers read, and every problem located in the file. {@link
 * org.civicplan.appendix.AppendixReader} is the entry point; rows stream to an {@link
 * org.civicplan.appendix.AppendixHandler} and an {@link org.civicplan.appendix.AppendixSummary} (for
 * a dry run) comes back.
 */
package org.civicplan.appendix;
