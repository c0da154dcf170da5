package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.testing.ContendedUpdates;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One directory, two stores in one process reaching it by two paths (the directory and a symbolic
 * link to it): they must share one lock, so no acknowledged update is lost and no lock exception
 * escapes (issue 19: ~250 of 599 updates were lost and an {@code OverlappingFileLockException}
 * escaped when the lock was keyed by the path as given).
 */
class SharedDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void storesOpenedThroughASymlinkShareOneLockAndLoseNoUpdate() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("store"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        JsonFileStore direct = JsonFileStore.open(real, TestPortfolios.HANOI);
        direct.importPortfolio(TestPortfolios.portfolio());
        JsonFileStore viaLink = JsonFileStore.open(link, TestPortfolios.HANOI);
        ItemId id = ItemId.of("KH-186/3");
        int before = direct.items().get(id).product().quantity().orElseThrow();
        long version = direct.items().get(id).version();

        int threads = 2;
        int perThread = 60;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> runs = new ArrayList<>();
            for (JsonFileStore store : List.of(direct, viaLink)) {
                runs.add(pool.submit(
                        () -> ContendedUpdates.run(store, id, threads, perThread, Duration.ofSeconds(120))));
            }
            for (Future<Long> run : runs) {
                run.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int acknowledged = 2 * threads * perThread;
        Item last = JsonFileStore.open(real, TestPortfolios.HANOI).items().get(id);
        assertThat(last.product().quantity()).contains(before + acknowledged);
        assertThat(last.version()).isEqualTo(version + acknowledged);
    }
}
