package org.civicplan.core.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;

/**
 * The TEST directory of real units named in the corpus ({@code test-directory.tsv}): official names
 * of real bodies, with codes made up for the tests. Not an official directory. Public for the
 * benchmarks, which use it through the core test jar.
 */
public final class TestUnitDirectory {
    public static final UnitResolver RESOLVER = load();

    private TestUnitDirectory() {}

    private static UnitResolver load() {
        Loaded loaded = Loaded.read();
        return new UnitResolver(loaded.directory, loaded.aliases);
    }

    /** The name index of the same directory, for tests of the index itself. */
    static NameIndex index() {
        Loaded loaded = Loaded.read();
        return new NameIndex(loaded.directory, loaded.aliases);
    }

    /** The directory and its aliases as {@code test-directory.tsv} gives them. */
    private record Loaded(UnitDirectory directory, UnitAliases aliases) {
        static Loaded read() {
            List<OrgUnit> units = new ArrayList<>();
            UnitAliases.Builder aliases = UnitAliases.builder();
            for (String[] row : rows("test-directory.tsv", 7)) {
                UnitCode code = UnitCode.of(row[0]);
                units.add(new OrgUnit(
                        code,
                        row[3],
                        dash(row[4]),
                        UnitKind.fromCode(row[1]),
                        dash(row[2]).map(UnitCode::of)));
                dash(row[5]).ifPresent(a -> List.of(a.split("\\|")).forEach(x -> aliases.alias(code, x)));
                dash(row[6]).ifPresent(p -> List.of(p.split("\\|")).forEach(x -> aliases.place(code, x)));
            }
            return new Loaded(UnitDirectory.of(units), aliases.build());
        }
    }

    static Optional<String> dash(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }

    /** The tab-separated rows of a resource next to this class, without comments and header. */
    public static List<String[]> rows(String resource, int columns) {
        try (InputStream in = TestUnitDirectory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
