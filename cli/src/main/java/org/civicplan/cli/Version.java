package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code civicplan --version} prints: the artifact version the build wrote into {@code
 * version.properties}, so the tool never claims a version other than the jar's.
 */
final class Version implements CommandLine.IVersionProvider {
    private static final String RESOURCE = "version.properties";

    /** The artifact version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String artifactVersion() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + version);
        }
        return version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"civicplan " + artifactVersion()};
    }
}
