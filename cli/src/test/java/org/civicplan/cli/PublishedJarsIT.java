package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every library module the BOM lists publishes a sources jar and a javadoc jar next to its jar.
 * Runs after {@code package} of the whole reactor (the tool is built last), on the jars the build
 * just made.
 */
class PublishedJarsIT {
    private static final Pattern BOM_ARTIFACT = Pattern.compile("<artifactId>civicplan-([a-z-]+)</artifactId>");

    @Test
    void everyLibraryInTheBomHasItsSourcesAndJavadocJars() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        String version = System.getProperty("civicplan.version");
        Matcher m = BOM_ARTIFACT.matcher(Files.readString(root.resolve("bom/pom.xml"), StandardCharsets.UTF_8));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).equals("bom")) {
                modules.add(m.group(1));
            }
        }
        assertThat(modules).as("library modules in the BOM").contains("core", "validation", "storage-jdbc");

        for (String module : modules) {
            Path target = root.resolve(module).resolve("target");
            String base = "civicplan-" + module + "-" + version;
            try (ZipFile sources =
                            new ZipFile(target.resolve(base + "-sources.jar").toFile());
                    ZipFile javadoc =
                            new ZipFile(target.resolve(base + "-javadoc.jar").toFile())) {
                assertThat(sources.stream().filter(e -> e.getName().endsWith(".java")))
                        .as(module + " sources jar holds its sources")
                        .isNotEmpty();
                assertThat(javadoc.getEntry("index.html"))
                        .as(module + " javadoc jar holds the API pages")
                        .isNotNull();
            }
        }
    }
}
