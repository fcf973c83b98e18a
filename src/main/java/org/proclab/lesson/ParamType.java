package org.proclab.lesson;

/** What a chapter parameter holds. */
public enum ParamType {
    INT, LONG, CHOICE, BOOL
}
