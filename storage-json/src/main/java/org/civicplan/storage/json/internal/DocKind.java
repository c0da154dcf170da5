package org.civicplan.storage.json.internal;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.civicplan.core.Message;
import org.civicplan.storage.json.internal.StoreDocs.Doc;
import tools.jackson.core.JsonGenerator;

/**
 * A kind of store document and its JSON form: a head ({@code formatVersion}, {@code document}: the
 * kind's name, {@code documentVersion}), then the kind's own properties, read and written by its
 * aggregate's codec.
 */
public final class DocKind<D extends Doc> {
    /** Reads the kind's own properties, after the head; the document's unknown properties are reported after. */
    interface Body<D> {
        D read(Scalars in, ObjectReader o, long documentVersion);
    }

    /** Writes the kind's own properties, after the head. */
    interface Fields<D> {
        void write(ObjectWriter out, D doc);
    }

    /** The same document with another document version. */
    interface Versioning<D> {
        D withVersion(D doc, long documentVersion);
    }

    private final String name;
    private final Body<D> body;
    private final Fields<D> fields;
    private final Versioning<D> versioning;

    DocKind(String name, Body<D> body, Fields<D> fields, Versioning<D> versioning) {
        this.name = name;
        this.body = body;
        this.fields = fields;
        this.versioning = versioning;
    }

    /** Makes a document of one entity. */
    interface Wrap<V, D> {
        D of(long documentVersion, V entity);
    }

    /** A document holding one entity under the property {@code name} (a report, an adjustment). */
    static <V, D extends Doc> DocKind<D> single(
            String name,
            BiFunction<Scalars, Node, V> read,
            BiConsumer<ObjectWriter, V> write,
            Function<D, V> entity,
            Wrap<V, D> wrap) {
        return new DocKind<>(
                name,
                (in, o, version) -> {
                    V value = o.req(name, read);
                    return value == null ? null : wrap.of(version, value);
                },
                (out, doc) -> {
                    out.name(name);
                    write.accept(out, entity.apply(doc));
                },
                (doc, version) -> wrap.of(version, entity.apply(doc)));
    }

    public String name() {
        return name;
    }

    /** The document, or null when it could not be read (the problems are recorded). */
    public D read(Scalars in, Node root) {
        ObjectReader o = new ObjectReader(in, root);
        long version = head(in, o, root);
        D doc = body.read(in, o, version);
        o.done();
        return doc;
    }

    public void write(ObjectWriter out, D doc) {
        JsonGenerator g = out.generator();
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", FormatVersion.CURRENT);
        g.writeStringProperty("document", name);
        g.writeNumberProperty("documentVersion", doc.documentVersion());
        fields.write(out, doc);
        g.writeEndObject();
    }

    D withVersion(D doc, long documentVersion) {
        return versioning.withVersion(doc, documentVersion);
    }

    /** Reads the common head; returns the document version, or -1 when the head is wrong (reported). */
    private long head(Scalars in, ObjectReader o, Node root) {
        FormatVersion.check(in, root);
        o.raw("formatVersion");
        String actual = o.req("document", Scalars::string);
        if (actual != null && !actual.equals(name)) {
            in.problems()
                    .add(
                            root.field("document"),
                            Message.of(
                                    "tệp chứa tài liệu \"" + actual + "\", cần \"" + name + "\"",
                                    "the file holds a \"" + actual + "\" document, expected \"" + name + "\""));
        }
        Node v = o.raw("documentVersion");
        if (v == null) {
            return 0;
        }
        Integer version = in.integer(v);
        return version == null ? -1 : version;
    }
}
