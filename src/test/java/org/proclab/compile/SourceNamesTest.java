package org.proclab.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The file a learner's program is compiled as follows its public class, as javac requires. */
class SourceNamesTest {

    @Test
    void thePublicTopLevelClassNamesTheFile() {
        String source = "package a.b;\n/* public class Commented {} */\n// public class Line {}\n"
                + "class Helper {}\npublic final class Mine {\n    public static class Inner {}\n}\n";
        assertEquals("Mine.java", SourceNames.fileName(source, "ScratchExample.java"));
    }

    @Test
    void withoutAPublicTypeTheFirstTopLevelTypeNamesIt() {
        assertEquals("Helper.java", SourceNames.fileName("record Helper(int x) {}\nclass B {}\n", "X.java"));
        assertEquals("X.java", SourceNames.fileName("// nothing here\n", "X.java"));
    }

    @Test
    void aRenamedClassCompilesUnderItsNameAndItsMainIsFound() {
        SourceCompiler compiler = SourceCompiler.standard();
        String source = "public class Renamed {\n    public static void main(String[] args) {}\n}\n";
        CompileResult result = compiler.compile(SourceNames.fileName(source, "ScratchExample.java"), source);
        assertTrue(result.ok(), result.problems().toString());
        assertEquals("Renamed", result.mainClass());
    }
}
