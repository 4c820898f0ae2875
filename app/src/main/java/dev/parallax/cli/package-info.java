/**
 * Consumes command-line arguments; produces the {@code parallax} commands' output and exit codes.
 *
 * <p>Internal: the commands and their options are the interface, documented by {@code --help} and the README.
 */
package dev.parallax.cli;
