package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL is built by concatenating data. Every string concatenation in {@code storage-jdbc}'s main
 * sources that involves an SQL-looking literal may join only literals and the identifiers in {@link
 * #ALLOWED}: table, column and condition names that come from constants in the code, never from a
 * value. Values travel as bound parameters. The guard is tested on an injected example too.
 */
class SqlInjectionGuardTest {
    static final Path SOURCES = Path.of("..", "storage-jdbc", "src", "main", "java");

    /**
     * Operands reviewed as constant: table and column names passed by the repositories' constructors,
     * fixed SQL fragments, column lists joined from fixed names, and the one place values go: named
     * parameters {@code :name}.
     */
    static final Set<String> ALLOWED = Set.of(
            "table",
            "keyColumn",
            "child",
            "where",
            "orderBy",
            "childOrder",
            "updateSql",
            "versionSql",
            "String.join(\", \", columns)",
            "columns.stream().map(c -> \":\" + c).collect(Collectors.joining(\", \"))",
            "columns.stream().skip(1).map(c -> c + \" = :\" + c).collect(Collectors.joining(\", \"))",
            "MEASUREMENT_COLUMNS",
            // PgCopy.copy's column list: package-private; its callers pass Dialect.MEASUREMENT_COLUMNS or
            // CopyRows' list, read from a repository's constant INSERT and matched to letters, digits,
            // '_' and ", " only
            "columns");

    static final Pattern SQL =
            Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|MERGE|WHERE|VALUES|FROM|SET|AND|ORDER BY|IN)\\b");

    @Test
    void storageJdbcBuildsSqlFromConstantsOnly() throws IOException {
        List<String> offending = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String source = Files.readString(f);
                for (String operand : sqlOperands(source)) {
                    seen.add(operand);
                    if (!ALLOWED.contains(operand)
                            && !isStringConstant(source, operand)
                            && !isQualifiedStringConstant(operand)) {
                        offending.add(f.getFileName() + ": " + operand);
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(10);
        assertThat(seen).as("the guard saw the concatenations").contains("table", "keyColumn");
        assertThat(offending).as("non-constant operands joined into SQL").isEmpty();
        System.out.printf("injection guard: %d files scanned, operands joined into SQL: %s%n", files, seen);
    }

    @Test
    void theGuardCatchesAnInjectedExample() {
        String injected = """
                class Bad {
                    List<Item> byTitle(Handle h, String title) {
                        return h.createQuery("SELECT * FROM items WHERE title = '" + title + "'").mapTo(Item.class).list();
                    }
                    void delete(Handle h, Item item) {
                        h.execute("DELETE FROM items WHERE item_id = " + item.id().value());
                    }
                }
                """;
        assertThat(sqlOperands(injected)).contains("title", "item.id().value()");
        assertThat(sqlOperands(injected)).noneMatch(ALLOWED::contains);
        assertThat(sqlOperands(injected)).noneMatch(o -> isStringConstant(injected, o));
    }

    @Test
    void aQualifiedNamePassesOnlyWhenItsClassDeclaresAStringConstant() {
        assertThat(isQualifiedStringConstant("Dialect.MEASUREMENT_COLUMNS")).isTrue();
        assertThat(isQualifiedStringConstant("Dialect.NO_SUCH_CONSTANT")).isFalse();
        assertThat(isQualifiedStringConstant("NoSuchClass.MEASUREMENT_COLUMNS")).isFalse();
        assertThat(isQualifiedStringConstant("item.title")).isFalse();
        assertThat(isQualifiedStringConstant("Dialect.MEASUREMENT_COLUMNS + x")).isFalse();
    }

    @Test
    void literalsAndBoundParametersPass() {
        String fine = """
                class Good {
                    static final String SQL = "SELECT * FROM items" + " WHERE title = :title";
                    void q(Handle h) { h.createQuery("SELECT * FROM " + table + " t WHERE t.k = :k").bind("k", x); }
                    String log() { return "item " + id + " saved"; }
                }
                """;
        assertThat(sqlOperands(fine)).containsOnly("table");
    }

    /** An upper-case name declared {@code static final String NAME = …} in the same file. */
    static boolean isStringConstant(String source, String operand) {
        return operand.matches("[A-Z][A-Z0-9_]*")
                && Pattern.compile("static final String " + operand + "\\s*=")
                        .matcher(source)
                        .find();
    }

    /**
     * {@code Dialect.NAME}: an upper-case name declared {@code static final String NAME = …} in the
     * storage-jdbc source file of the class named before the dot.
     */
    static boolean isQualifiedStringConstant(String operand) {
        var m = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)").matcher(operand);
        if (!m.matches()) {
            return false;
        }
        String file = m.group(1) + ".java";
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path f : s.filter(p -> p.getFileName().toString().equals(file)).toList()) {
                if (isStringConstant(Files.readString(f), m.group(2))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The non-literal operands of every {@code +} chain that holds an SQL-looking string literal. */
    static List<String> sqlOperands(String source) {
        List<String> operands = new ArrayList<>();
        for (List<String> chain : chains(source)) {
            boolean sql = chain.stream()
                    .anyMatch(o -> o.startsWith("\"") && SQL.matcher(o).find());
            if (sql) {
                chain.stream().filter(o -> !o.startsWith("\"")).forEach(operands::add);
            }
        }
        return operands;
    }

    /** Splits the code into {@code a + b + c} chains (at any nesting depth), each as its operands. */
    static List<List<String>> chains(String src) {
        String code = stripComments(src);
        List<List<String>> chains = new ArrayList<>();
        collect(code, chains);
        return chains;
    }

    /** Finds chains at the top level of {@code code}, then recurses into every bracketed part. */
    private static void collect(String code, List<List<String>> chains) {
        // split into top-level expressions at , ; { } = ( ) boundaries: handled by scanning segments
        List<String> current = new ArrayList<>();
        StringBuilder operand = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(code, i);
                operand.append(code, i, end);
                i = end;
                continue;
            }
            if (c == '\'') {
                int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2)) + 1;
                operand.append(code, i, end);
                i = end;
                continue;
            }
            if (c == '(' || c == '[') {
                int end = matching(code, i);
                String inner = code.substring(i + 1, end - 1);
                collect(inner, chains);
                operand.append(code, i, end);
                i = end;
                continue;
            }
            if (c == '+'
                    && i + 1 < code.length()
                    && code.charAt(i + 1) != '+'
                    && code.charAt(i + 1) != '='
                    && (i == 0 || code.charAt(i - 1) != '+')) {
                current.add(operand.toString().strip());
                operand.setLength(0);
                i++;
                continue;
            }
            if (",;{}=?:<>|&!".indexOf(c) >= 0 || (c == '-' && i + 1 < code.length() && code.charAt(i + 1) == '>')) {
                finish(current, operand, chains);
                current = new ArrayList<>();
                i += c == '-' ? 2 : 1;
                continue;
            }
            if (Character.isWhitespace(c) && operand.toString().strip().matches("return|new|throw|yield|case")) {
                operand.setLength(0);
            }
            operand.append(c);
            i++;
        }
        finish(current, operand, chains);
    }

    private static void finish(List<String> current, StringBuilder operand, List<List<String>> chains) {
        if (!current.isEmpty()) {
            current.add(operand.toString().strip());
            chains.add(current.stream().map(SqlInjectionGuardTest::trimCall).toList());
        }
        operand.setLength(0);
    }

    /** {@code h.createQuery("SELECT …"} keeps only the argument part a chain can start with. */
    private static String trimCall(String operand) {
        return operand.strip().replaceAll("\\s+", " ");
    }

    private static int endOfString(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            return code.indexOf("\"\"\"", start + 3) + 3;
        }
        int i = start + 1;
        while (code.charAt(i) != '"') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int matching(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfString(code, i) - 1;
            } else if (c == '\'') {
                // a character literal such as '"' or '(' (PgCopy writes CSV quotes) is no string or bracket
                i = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return code.length();
    }

    private static String stripComments(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//[^\"\\n]*$", " ");
    }
}
