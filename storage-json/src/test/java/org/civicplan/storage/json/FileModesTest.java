package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.civicplan.core.model.Plan;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that replaces a store file never widens its mode (issue 19, file modes). */
class FileModesTest {
    @TempDir
    Path dir;

    @Test
    void aPrivateStoreFileStaysPrivateWhenRewritten() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        JsonFileStore store = JsonFileStore.open(dir, TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.portfolio());
        Path file = dir.resolve("plans/KH-186.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        Plan plan = store.plans().get(TestPortfolios.PLAN);
        store.plans()
                .update(new Plan(
                        plan.id(),
                        plan.program(),
                        plan.parentPlan(),
                        plan.issuer(),
                        plan.document(),
                        plan.title() + " (sửa)",
                        plan.issueBy(),
                        plan.sections(),
                        plan.appendixSections(),
                        plan.status(),
                        plan.version()));

        assertThat(Files.readString(file)).contains("(sửa)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
