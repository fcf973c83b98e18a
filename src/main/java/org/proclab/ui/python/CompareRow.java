package org.proclab.ui.python;

/**
 * One row of the compare table: a figure, its value in each language ("" when that run has none) and, for
 * times, how many times longer Python took.
 */
public record CompareRow(String key, String label, String java, String python, String ratio) {
}
