package org.proclab.python;

/**
 * One entry of a chapter's {@code python-map.json}: a piece of a Java line and the piece of the Python line
 * that does the same. Anchors are text, not line numbers, so editing either file moves the mapping with it.
 */
public record LineAnchor(String java, String python) {
}
