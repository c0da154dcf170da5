package org.civicplan.validation.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One labelled row of {@code corpus/rows.json}, as the document printed it (see the corpus README).
 *
 * @param labels dimension code → the hand label says "defect"
 */
record CorpusRow(
        String id,
        String source,
        String kind,
        Optional<String> documentNumber,
        Optional<String> documentDate,
        String issuer,
        String task,
        Optional<String> content,
        Optional<String> lead,
        Optional<String> coordinators,
        Optional<String> deadline,
        Optional<String> product,
        Optional<String> approval,
        Map<String, Boolean> labels) {

    static final String RESOURCE = "/org/civicplan/validation/corpus/rows.json";

    static List<CorpusRow> load() {
        JsonNode rows;
        try (InputStream in = CorpusRow.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            rows = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CorpusRow> out = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Boolean> labels = new HashMap<>();
            row.path("labels")
                    .properties()
                    .forEach(e ->
                            labels.put(e.getKey(), e.getValue().path("defect").asBoolean()));
            out.add(new CorpusRow(
                    row.path("id").asString(),
                    row.path("source").asString(),
                    row.path("kind").asString(),
                    text(row, "documentNumber"),
                    text(row, "documentDate"),
                    row.path("issuer").asString(),
                    row.path("task").asString(),
                    text(row, "content"),
                    text(row, "lead"),
                    text(row, "coordinators"),
                    text(row, "deadline"),
                    text(row, "product"),
                    text(row, "approval"),
                    Map.copyOf(labels)));
        }
        return out;
    }

    private static Optional<String> text(JsonNode row, String field) {
        return row.has(field) ? Optional.of(row.get(field).asString()) : Optional.empty();
    }

    /** The document the row comes from: rows of one source and number share a plan. */
    String documentKey() {
        return source + "|" + documentNumber.orElse("");
    }

    boolean defect(String dimension) {
        return labels.getOrDefault(dimension, false);
    }
}
