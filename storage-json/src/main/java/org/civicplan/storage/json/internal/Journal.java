package org.civicplan.storage.json.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.storage.json.JsonFileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit journal: a commit that moves more than one file into place first lists the moves in
 * {@value #FILE}, so that a crash half-way is completed by {@link #recover()} when the store is next
 * opened, and a transaction is all-or-nothing across files.
 */
public final class Journal {
    private static final Logger log = LoggerFactory.getLogger(JsonFileStore.class);

    public static final String FILE = "commit.journal";
    private static final String HEAD = "civicplan-commit-journal 1";
    private static final List<String> SUBDIRECTORIES =
            List.of("", "programs", "plans", "reports", "adjustments", "measurements");

    private final Path dir;
    private final CommitHook hook;

    Journal(Path dir, CommitHook hook) {
        this.dir = dir;
        this.hook = hook;
    }

    /**
     * Moves each temporary file ({@code move[0]}) onto its target ({@code move[1]}); with more than
     * one, the journal is written first and {@code journaled} is told so.
     */
    void commit(List<Path[]> moves, Runnable journaled) throws IOException {
        Path journal = dir.resolve(FILE);
        hook.beforeJournal();
        boolean recorded = moves.size() > 1;
        if (recorded) {
            AtomicFiles.write(journal, out -> {
                StringBuilder sb = new StringBuilder(HEAD).append('\n');
                for (Path[] m : moves) {
                    sb.append(dir.relativize(m[0]))
                            .append('\t')
                            .append(dir.relativize(m[1]))
                            .append('\n');
                }
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            });
            journaled.run();
        }
        hook.beforeRename();
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path[] m : moves) {
            AtomicFiles.moveIntoPlace(m[0], m[1]);
            dirs.add(m[1].getParent());
        }
        dirs.forEach(AtomicFiles::fsyncDirectory);
        if (recorded) {
            Files.delete(journal);
            AtomicFiles.fsyncDirectory(dir);
        }
    }

    /** Completes a commit that a crash interrupted: every temporary file the journal names is moved into place. */
    public void recover() {
        Path journal = dir.resolve(FILE);
        if (!Files.exists(journal)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEAD)) {
                throw new IOException("unknown journal format in " + journal);
            }
            Set<Path> dirs = new LinkedHashSet<>();
            int done = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    continue;
                }
                Path temp = dir.resolve(parts[0]);
                Path target = dir.resolve(parts[1]);
                if (Files.exists(temp)) {
                    AtomicFiles.moveIntoPlace(temp, target);
                    dirs.add(target.getParent());
                    done++;
                }
            }
            dirs.forEach(AtomicFiles::fsyncDirectory);
            Files.delete(journal);
            AtomicFiles.fsyncDirectory(dir);
            // the commit was acknowledged and is now whole: nothing for the user to do, so not a warning
            log.info("completed an interrupted commit in {} ({} files)", dir, done);
        } catch (IOException e) {
            throw Store.unable(
                    "Không hoàn tất được lần ghi dở dang trong " + dir,
                    "Cannot complete the interrupted commit in " + dir,
                    e);
        }
    }

    /** Removes temporary files a crash left behind and no journal names (call after {@link #recover()}). */
    public void removeStrayTemporaryFiles() {
        for (String sub : SUBDIRECTORIES) {
            Path d = sub.isEmpty() ? dir : dir.resolve(sub);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") && name.contains(AtomicFiles.TEMP_MARK)) {
                        Files.deleteIfExists(f);
                        log.info("removed unfinished temporary file {}", f);
                    }
                }
            } catch (IOException e) {
                log.warn("cannot clean {}: {}", d, e.toString());
            }
        }
    }
}
