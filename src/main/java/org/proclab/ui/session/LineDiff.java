package org.proclab.ui.session;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) small enough for a lesson example: what "Reset" would undo. */
public final class LineDiff {
    /** One line of the diff: '-' only in the original, '+' only in the edit, ' ' in both. */
    public record Line(char kind, int originalLine, int editedLine, String text) {
    }

    private LineDiff() {
    }

    /** The changed lines only (kinds '-' and '+'), with their line numbers in each version. */
    public static List<Line> between(String original, String edited) {
        String[] a = original.split("\n", -1);
        String[] b = edited.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                // A removed line before the line that replaces it, as a diff reads.
                changes.add(new Line('-', i + 1, -1, a[i]));
                i++;
            } else {
                changes.add(new Line('+', -1, j + 1, b[j]));
                j++;
            }
        }
        return changes;
    }
}
