package dev.memoize.cdi.internal;

import dev.memoize.MemoizedMethod;
import dev.memoize.Memoizer;
import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the compiler accepts of {@code Memoizer.deleteMemoized(Type::method, args...)} (the point of the feature: a
 * renamed method, a wrong argument type or count breaks the build), and what the resolver refuses at run time
 * before it looks for a plan. The deletes themselves are proven in the container suite
 * ({@code MethodReferenceDeletesTest}).
 */
class MethodReferencesTest {

    private static final String BEANS = """
            class UserDao { public String find(long id) { return ""; } public String all() { return ""; } }
            class Lookups { public String find(Long id) { return ""; } public String find(String id) { return ""; }
                            public String tagged(String... tags) { return ""; } }
            class GenericDao<K> { public String find(K id) { return ""; } }
            class OrderDao extends GenericDao<Long> { }
            """;

    private final MethodReferences references = new MethodReferences(new Registry(List.of()));

    @Test
    void theSupportedIdiomsCompile() throws IOException {
        assertEquals("", compile("""
                m.deleteMemoized(UserDao::find, 42L);          // long id: 42L is boxed
                m.deleteMemoized(UserDao::find);               // every result
                m.deleteMemoized(UserDao::all);                // no parameters: every result
                m.deleteMemoized(OrderDao::find, 42L);         // inherited from a generic base
                m.deleteMemoized(GenericDao<Long>::find, 42L); // through the generic base: a parameterized type
                m.<Lookups, Long>deleteMemoized(Lookups::find, 42L);                     // an overload, by type arguments
                m.deleteMemoized((MemoizedMethod.Of1<Lookups, String, ?>) Lookups::find, "42"); // or by a cast
                m.<Lookups, String[]>deleteMemoized(Lookups::tagged, new String[] {"a"});  // varargs: the array
                m.deleteMemoized("UserDao.find", 42L);         // the string forms are unchanged
                m.deleteMemoized(UserDao.class, "find", 42L);
                """));
    }

    @Test
    void aRenamedMethodOrAWrongArgumentBreaksTheBuild() throws IOException {
        assertTrue(compile("m.deleteMemoized(UserDao::fnd, 42L);").contains("fnd"), "a renamed method");
        assertTrue(compile("m.deleteMemoized(UserDao::find, 1L, 2L);").length() > 0, "two arguments");
        assertTrue(compile("m.deleteMemoized(UserDao::find, \"42\");").length() > 0, "a String");
        assertTrue(compile("m.deleteMemoized(UserDao::find, 42);").length() > 0,
                "an int for a long: the key of 42 differs from 42L's");
        assertTrue(compile("m.deleteMemoized(Lookups::find, 42L);").length() > 0,
                "an overloaded method without type arguments: the compiler cannot pick the overload");
    }

    @Test
    void aLambdaIsRefused() {
        MemoizedMethod.Of1<String, Integer, Character> lambda = (text, index) -> text.charAt(index);
        String message = assertThrows(IllegalArgumentException.class, () -> references.resolve(lambda)).getMessage();
        assertTrue(message.contains("lambda"), message);
        assertTrue(message.contains("not a method reference"), message);
    }

    @Test
    void aBoundReferenceIsRefused() {
        String text = "abc";
        MemoizedMethod.Of0<Integer, Character> bound = text::charAt;
        String message = assertThrows(IllegalArgumentException.class, () -> references.resolve(bound)).getMessage();
        assertTrue(message.contains("bound method reference"), message);
        assertTrue(message.contains("java.lang.String.charAt"), message);
    }

    @Test
    void staticMethodsAndConstructorsAreRefused() {
        MemoizedMethod.Of0<Object, String> ofStatic = String::valueOf;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> references.resolve(ofStatic)).getMessage()
                .contains("static method java.lang.String.valueOf"));
        MemoizedMethod.Of0<String, StringBuilder> constructor = StringBuilder::new;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> references.resolve(constructor)).getMessage()
                .contains("constructor"));
    }

    @Test
    void aClassImplementingTheInterfaceIsRefused() {
        MemoizedMethod.Of0<String, Integer> named = new Length();
        String message = assertThrows(IllegalArgumentException.class, () -> references.resolve(named)).getMessage();
        assertTrue(message.contains(Length.class.getName() + ", not a method reference"), message);
    }

    @Test
    void aMethodThatNoBeanMemoizesIsRefusedNamingIt() {
        MemoizedMethod.Of1<String, Integer, Character> charAt = String::charAt;
        String message = assertThrows(IllegalArgumentException.class, () -> references.resolve(charAt)).getMessage();
        assertTrue(message.startsWith("deleteMemoized(String::charAt (int)): no bean class java.lang.String memoizes"),
                message);
    }

    private static final class Length implements MemoizedMethod.Of0<String, Integer> {
        @Override
        public Integer apply(String target) {
            return target.length();
        }
    }

    /** Compiles the statements against the API, beside {@link #BEANS}; returns the errors, or "" if it compiles. */
    private static String compile(String statements) throws IOException {
        String source = "import dev.memoize.*;\n" + BEANS + "class Snippet {\n void run(Memoizer m) {\n"
                + statements + "\n }\n}\n";
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("snippet");
        try {
            boolean compiled = compiler.getTask(null, null, diagnostics,
                    List.of("-classpath", apiClasspath(), "-d", out.toString(), "-proc:none"), null,
                    List.of(new Source(source))).call();
            String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
            return compiled ? errors : errors.isEmpty() ? "failed" : errors;
        } finally {
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static String apiClasspath() {
        try {
            return Path.of(Memoizer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String code;

        Source(String code) {
            super(URI.create("string:///Snippet.java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
