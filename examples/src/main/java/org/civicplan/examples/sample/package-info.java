/**
 * Illustrative sample data: Hanoi Program 07-CTr/TU (science, technology and innovation,
 * 2021–2025), modelled on a July 2021 press report. Not the official list of Plan items; see
 * {@link org.civicplan.examples.sample.Program07Sample}.
 */
package org.civicplan.examples.sample;
