/** Guice wiring for the JSON file store and exporter. */
package org.civicplan.storage.json.guice;
