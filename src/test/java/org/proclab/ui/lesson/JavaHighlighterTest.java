package org.proclab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JavaHighlighterTest {

    private static List<String> classes(String code) {
        return JavaHighlighter.spans(code).stream()
                .map(s -> s.styleClass() + ":" + code.substring(s.start(), s.end())).collect(Collectors.toList());
    }

    @Test
    void coloursKeywordsTypesStringsNumbersCommentsAndAnnotations() {
        assertEquals(List.of("annotation:@Override", "keyword:public", "keyword:void", "type:String",
                "string:\"a // b\"", "keyword:long", "number:42L", "comment:// done"),
                classes("@Override public void run() { String s = \"a // b\"; long n = 42L; } // done"));
        assertEquals(List.of("comment:/* x\n y */", "keyword:int"), classes("/* x\n y */ int"));
    }

    @Test
    void styleSpansCoverTheWholeText() {
        String code = "class A { char c = 'x'; }";
        assertEquals(code.length(), JavaHighlighter.styleSpans(code).length());
    }
}
