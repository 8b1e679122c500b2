/**
 * Topology files: the format, its parser, graph measures and the shipped topologies. Depends on
 * nothing else of symp (docs/TOPOLOGY-FORMAT.md).
 */
package io.symp.topology;
