package org.proclab.ui.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PythonHighlighterTest {
    private static List<String> coloured(String text) {
        return PythonHighlighter.spans(text).stream()
                .map(s -> s.styleClass() + ":" + text.substring(s.start(), s.end())).collect(Collectors.toList());
    }

    @Test
    void keywordsStringsNumbersCommentsAndBuiltinsGetTheirClasses() {
        assertEquals(List.of("keyword:def", "keyword:return", "builtin:sum", "builtin:range", "number:10",
                        "comment:# total"),
                coloured("def f(x):\n    return sum(range(10))  # total"));
    }

    @Test
    void aHashInsideAStringIsNoCommentAndTripleQuotesSpanLines() {
        assertEquals(List.of("string:\"\"\"a\n#b\"\"\"", "builtin:print", "string:f\"n = {n} # not a comment\""),
                coloured("\"\"\"a\n#b\"\"\"\nprint(f\"n = {n} # not a comment\")"));
    }

    @Test
    void decoratorsAndWordsThatOnlyContainKeywords() {
        assertEquals(List.of("decorator:@dataclass", "keyword:class"), coloured("@dataclass\nclass Format_if:"));
    }

    @Test
    void theStyleSpansCoverTheWholeText() {
        String text = "x = 1  # one\n";
        assertEquals(text.length(), PythonHighlighter.styleSpans(text).length());
    }
}
