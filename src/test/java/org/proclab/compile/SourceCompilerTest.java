package org.proclab.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceCompilerTest {
    private static final SourceCompiler COMPILER = SourceCompiler.standard();

    @Test
    void joinedStringsCompileToPlainCallsNotAnInvokedynamicThatAColdWorkerWouldLink() {
        CompileResult r = COMPILER.compile("Joins.java",
                "public class Joins { static String f(int n) { return \"worker \" + n + \" done\"; } }\n");

        assertTrue(r.ok(), r.problems().toString());
        String bytecode = new String(r.classes().get("Joins"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(bytecode.contains("makeConcatWithConstants"), "string concatenation by invokedynamic");
        assertTrue(bytecode.contains("java/lang/StringBuilder"));
    }

    @Test
    void aPackagedClassCompilesInMemoryAndItsMainIsFound() {
        CompileResult r = COMPILER.compile("Hello.java", "package demo.x;\n"
                + "import org.proclab.runtime.Process;\n"
                + "public class Hello {\n"
                + "    static class Inner { }\n"
                + "    public static void main(String[] args) { System.out.println(Process.class); }\n"
                + "}\n");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("demo.x.Hello", r.mainClass());
        assertEquals(java.util.Set.of("demo.x.Hello", "demo.x.Hello$Inner"), r.classes().keySet());
        assertFalse(Files.exists(Path.of("demo")), "no class file written to the working directory");
    }

    @Test
    void aClassWithoutPackageOrMainCompilesWithNoMain() {
        CompileResult r = COMPILER.compile("Plain.java", "class Plain { void f() { } }\n");
        assertTrue(r.ok());
        assertNull(r.mainClass());
    }

    @Test
    void errorsCarryTheirLineColumnAndOffsets() {
        String source = "public class Bad {\n    public static void main(String[] args) {\n"
                + "        int x = \"text\";\n    }\n}\n";
        CompileResult r = COMPILER.compile("Bad.java", source);
        assertFalse(r.ok());
        assertEquals(Map.of(), r.classes());
        CompileProblem p = r.errors().get(0);
        assertEquals(3, p.line());
        assertEquals(source.indexOf("\"text\""), p.start());
        assertTrue(p.format("Bad.java").startsWith("Bad.java:3: error: incompatible types"), p.format("Bad.java"));
    }

    @Test
    void aJavaWithoutCompilerSaysSo() {
        SourceCompiler none = SourceCompiler.missing();
        assertFalse(none.available());
        assertThrows(IllegalStateException.class, () -> none.compile("A.java", "class A { }"));
    }

    @Test
    void theRunDirectoryHoldsTheClassesAndIsGoneAfterClose() throws Exception {
        CompileResult r = COMPILER.compile("Two.java", "package p; public class Two { class In { } }");
        Path root;
        try (RunDirectory dir = RunDirectory.create(r.classes())) {
            root = dir.root();
            assertTrue(Files.isRegularFile(dir.classes().resolve("p/Two.class")));
            assertTrue(Files.isRegularFile(dir.classes().resolve("p/Two$In.class")));
        }
        assertFalse(Files.exists(root));
    }
}
