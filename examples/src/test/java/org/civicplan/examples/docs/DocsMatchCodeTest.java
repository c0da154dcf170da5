package org.civicplan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern IMPORT =
            Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+|\\*);$", Pattern.MULTILINE);

    @Test
    void everyJavaSnippetInTheDocsIsCompiledCode() throws IOException {
        Path module = moduleDirectory();
        String sources = sources(module.resolve("src/test/java/org/civicplan/examples/docs"))
                + sources(module.resolve("src/main/java"));
        String code = squash(sources);
        Map<String, Set<String>> importsBySimpleName = imports(sources);
        List<String> snippets = new ArrayList<>();
        List<String> drifted = new ArrayList<>();
        List<String> missingImports = new ArrayList<>();
        for (Path page : pages(module)) {
            Matcher m = JAVA_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                Snippet snippet = Snippet.of(m.group(1));
                snippets.add(m.group(1));
                if (!code.contains(squash(snippet.body()))) {
                    drifted.add(page.getFileName() + ":\n" + snippet.body());
                }
                for (String line : snippet.imports()) {
                    if (!sources.contains(line)) {
                        drifted.add(page.getFileName() + ": an import the code does not have: " + line);
                    }
                }
                for (String name : snippet.typesUsed()) {
                    Set<String> candidates = importsBySimpleName.getOrDefault(name, Set.of());
                    if (!candidates.isEmpty() && candidates.stream().noneMatch(snippet.imports()::contains)) {
                        missingImports.add(page.getFileName() + ": " + name + " used, none of " + candidates);
                    }
                }
            }
        }
        assertThat(snippets).as("java snippets found in docs/").hasSizeGreaterThanOrEqualTo(10);
        assertThat(drifted)
                .as("snippets not found in DocSnippetsTest or examples/src/main/java")
                .isEmpty();
        assertThat(missingImports)
                .as("every snippet carries the imports of the types it uses, so it can be copied as it is")
                .isEmpty();
    }

    @Test
    void theMavenCoordinatesInTheDocsAreTheBuildsOwn() throws IOException {
        Path root = moduleDirectory().getParent();
        String version = tag(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8), "version");
        String bom = Files.readString(root.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        for (Path page : pages(moduleDirectory())) {
            Matcher m = XML_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String xml = m.group(1);
                blocks.add(xml);
                Matcher artifact = Pattern.compile("<artifactId>(civicplan-[a-z-]+)</artifactId>")
                        .matcher(xml);
                while (artifact.find()) {
                    assertThat(bom)
                            .as(page.getFileName() + ": " + artifact.group(1) + " is a published artifact")
                            .contains("<artifactId>" + artifact.group(1) + "</artifactId>");
                }
                assertThat(xml)
                        .as(page.getFileName() + ": the BOM at the build's version")
                        .contains("<version>" + version + "</version>");
            }
        }
        assertThat(blocks)
                .as("the BOM import in README.md and docs/embedding.md")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void snippetImportsAreSplitFromTheBody() {
        Snippet snippet = Snippet.of(
                "import java.util.List;\nimport org.civicplan.core.model.Item;\n\nList<Item> items = List.of();\n");

        assertThat(snippet.imports())
                .containsExactly("import java.util.List;", "import org.civicplan.core.model.Item;");
        assertThat(snippet.body()).isEqualTo("List<Item> items = List.of();\n");
        assertThat(snippet.typesUsed()).contains("List", "Item");
    }

    @Test
    void squashIgnoresWhitespaceOnly() {
        assertThat(squash("a(b,\n        c);")).isEqualTo(squash("a(b, c);"));
        assertThat(squash("a(b, c);")).isNotEqualTo(squash("a(c, b);"));
    }

    /** A page's snippet: its leading {@code import} lines, and the code after them. */
    record Snippet(List<String> imports, String body) {
        private static final Pattern TYPE = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b");

        static Snippet of(String text) {
            List<String> imports = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            int i = 0;
            while (i < lines.length && (lines[i].startsWith("import ") || lines[i].isBlank())) {
                if (!lines[i].isBlank()) {
                    imports.add(lines[i].strip());
                }
                i++;
            }
            return new Snippet(
                    List.copyOf(imports), String.join("\n", List.of(lines).subList(i, lines.length)));
        }

        /** Capitalised words of the code outside strings and comments: the types it may name. */
        Set<String> typesUsed() {
            String code = body.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//[^\n]*", "");
            Set<String> names = new TreeSet<>();
            Matcher m = TYPE.matcher(code);
            while (m.find()) {
                names.add(m.group());
            }
            return names;
        }
    }

    /** The imports of the snippet sources, by simple name: what a snippet naming that type must import. */
    private static Map<String, Set<String>> imports(String sources) {
        Map<String, Set<String>> bySimpleName = new HashMap<>();
        Matcher m = IMPORT.matcher(sources);
        while (m.find()) {
            if (m.group(1) == null && !m.group(3).equals("*")) {
                bySimpleName
                        .computeIfAbsent(m.group(3), k -> new TreeSet<>())
                        .add(m.group().strip());
            }
        }
        return bySimpleName;
    }

    /** docs/*.md and the README. */
    private static List<Path> pages(Path module) throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> docs = Files.list(module.resolveSibling("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        pages.add(module.resolveSibling("README.md"));
        return pages;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">")
                .matcher(xml.substring(xml.indexOf("<artifactId>civicplan-parent</artifactId>")));
        assertThat(m.find()).as(name + " in the root POM").isTrue();
        return m.group(1);
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
    static Path moduleDirectory() {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        return Files.isDirectory(base.resolve("src/test/java")) ? base : base.resolve("examples");
    }
}
