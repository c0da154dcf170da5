package org.civicplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block in {@code docs/*.md} must appear, whitespace aside, in compiled code:
 * the snippet tests in this package or {@code examples/src/main/java}. A doc snippet cannot drift
 * from code that compiles and runs.
 */
class DocsMatchCodeTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaSnippetInTheDocsIsCompiledCode() throws IOException {
        Path module = moduleDirectory();
        String code = squash(sources(module.resolve("src/test/java/org/civicplan/examples/docs"))
                + sources(module.resolve("src/main/java")));
        List<String> snippets = new ArrayList<>();
        List<String> drifted = new ArrayList<>();
        try (Stream<Path> pages = Files.list(module.resolveSibling("docs"))) {
            for (Path page :
                    pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = JAVA_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    snippets.add(m.group(1));
                    if (!code.contains(squash(m.group(1)))) {
                        drifted.add(page.getFileName() + ":\n" + m.group(1));
                    }
                }
            }
        }
        assertThat(snippets).as("java snippets found in docs/").hasSizeGreaterThanOrEqualTo(10);
        assertThat(drifted)
                .as("snippets not found in DocSnippetsTest or examples/src/main/java")
                .isEmpty();
    }

    @Test
    void squashIgnoresWhitespaceOnly() {
        assertThat(squash("a(b,\n        c);")).isEqualTo(squash("a(b, c);"));
        assertThat(squash("a(b, c);")).isNotEqualTo(squash("a(c, b);"));
    }

    /** Whitespace removed: formatting may differ between a page and the formatted source. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String sources(Path root) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    /** The examples module: surefire's basedir, else the working directory or its examples/ child. */
    private static Path moduleDirectory() {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        return Files.isDirectory(base.resolve("src/test/java")) ? base : base.resolve("examples");
    }
}
