package org.proclab.lesson;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * When a chapter's question is a yes/no question, the real answer comes from the revealed figure: "yes"
 * exactly when the figure passes this comparison. Written in chapter.json as {@code "yes": "== 0"}
 * ("will you get 4000?" is yes when nothing was lost) or {@code "yes": "> 1.2"}.
 *
 * @param operator  one of == != &lt; &lt;= &gt; &gt;=
 * @param threshold the number compared against
 */
public record YesCondition(String operator, BigDecimal threshold) {
    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "<", ">");

    /** Empty when the text is not an operator followed by a number. */
    public static Optional<YesCondition> parse(String text) {
        String t = text == null ? "" : text.trim();
        for (String op : OPERATORS) {
            if (t.startsWith(op)) {
                try {
                    return Optional.of(new YesCondition(op, new BigDecimal(t.substring(op.length()).trim())));
                } catch (NumberFormatException ex) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the answer is "yes" for this figure; empty when the figure is not a number. */
    public Optional<Boolean> test(String figure) {
        BigDecimal value;
        try {
            value = new BigDecimal(figure.trim());
        } catch (NumberFormatException | NullPointerException ex) {
            return Optional.empty();
        }
        int c = value.compareTo(threshold);
        switch (operator) {
            case "==":
                return Optional.of(c == 0);
            case "!=":
                return Optional.of(c != 0);
            case "<":
                return Optional.of(c < 0);
            case "<=":
                return Optional.of(c <= 0);
            case ">":
                return Optional.of(c > 0);
            default:
                return Optional.of(c >= 0);
        }
    }

    @Override
    public String toString() {
        return operator + " " + threshold.toPlainString();
    }
}
