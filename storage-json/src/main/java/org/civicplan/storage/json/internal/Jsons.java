package org.civicplan.storage.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.io.InputStream;
import org.civicplan.storage.json.JsonReadLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The private, fully configured Jackson mappers. civicplan never maps its model through
 * reflection: these mappers only create parsers and generators (and read trees for schema checks),
 * so auto-detection is switched off, polymorphic default typing is never enabled, trailing tokens
 * fail, and big decimals are written exactly.
 */
public final class Jsons {
    private final StreamReadConstraints constraints;
    private final StreamReadConstraints unbounded;
    // each mapper is built when first asked for (a run of `civicplan validate` needs one of the
    // three; building a mapper is a good part of a short run's start-up)
    private volatile JsonMapper pretty;
    private volatile JsonMapper compact;
    private volatile JsonMapper streaming;
    // reading a whole document needs a parser only: its factory, without a mapper (see parser())
    private volatile JsonFactory documents;

    public Jsons(JsonReadLimits limits) {
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(1_000)
                .maxNumberLength(200)
                .maxDocumentLength(limits.maxDocumentLength())
                .build();
        this.unbounded = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(1_000)
                .maxNumberLength(200)
                .maxDocumentLength(-1)
                .build();
    }

    private static JsonFactoryBuilder factory(StreamReadConstraints constraints, String rootSeparator) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .rootValueSeparator(rootSeparator)
                // duplicates are detected by TreeReader, which collects them instead of stopping
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // never copy file content into messages
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    }

    private static JsonMapper mapper(StreamReadConstraints constraints, boolean indent, String rootSeparator) {
        return JsonMapper.builder(factory(constraints, rootSeparator).build())
                .changeDefaultVisibility(v -> v.withVisibility(
                        com.fasterxml.jackson.annotation.PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .configure(SerializationFeature.INDENT_OUTPUT, indent)
                .build();
    }

    /** For measurement streams: compact values, one per line inside the top-level array. */
    public tools.jackson.core.JsonGenerator lineGenerator(java.io.OutputStream out) {
        return streaming().writer().with(new LinePerValue()).createGenerator(out);
    }

    /** Puts each element of an array on its own line; everything else compact. */
    private static final class LinePerValue extends tools.jackson.core.util.MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforeArrayValues(tools.jackson.core.JsonGenerator g) {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(tools.jackson.core.JsonGenerator g) {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(tools.jackson.core.JsonGenerator g, int values) {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }
    }

    /**
     * A parser of one whole document, reading exactly as one of {@link #pretty()} would (the same
     * factory settings, limits and stream-read features, the source not closed), but made by the
     * factory alone: building a mapper, which reading a document never uses, was a good part of a
     * short run such as {@code civicplan validate} (docs/cli.md, "Start-up").
     */
    public JsonParser parser(InputStream in) {
        JsonFactory f = documents;
        if (f == null) {
            synchronized (this) {
                f = documents;
                if (f == null) {
                    documents = f = factory(constraints, " ")
                            // as the mappers: the caller closes what it opened
                            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                            .build();
                }
            }
        }
        return f.createParser(ObjectReadContext.empty(), in);
    }

    /** For documents people read: indented. */
    public JsonMapper pretty() {
        JsonMapper m = pretty;
        if (m == null) {
            synchronized (this) {
                m = pretty;
                if (m == null) {
                    pretty = m = mapper(constraints, true, " ");
                }
            }
        }
        return m;
    }

    /** For one-value-per-line files (audit trail): compact, values separated by new lines. */
    public JsonMapper compact() {
        JsonMapper m = compact;
        if (m == null) {
            synchronized (this) {
                m = compact;
                if (m == null) {
                    compact = m = mapper(constraints, false, "\n");
                }
            }
        }
        return m;
    }

    /** For measurement streams: compact and without a document size limit (read one value at a time). */
    public JsonMapper streaming() {
        JsonMapper m = streaming;
        if (m == null) {
            synchronized (this) {
                m = streaming;
                if (m == null) {
                    streaming = m = mapper(unbounded, false, "\n");
                }
            }
        }
        return m;
    }
}
