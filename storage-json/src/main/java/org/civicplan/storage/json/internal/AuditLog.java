package org.civicplan.storage.json.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.spi.AuditAppendCheck;
import org.civicplan.core.spi.AuditSink;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.JsonImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The audit trail in {@code audit.jsonl}: a header line, then one entry per line, only ever
 * appended, each line fsynced. Entries are staged in the transaction and appended after its files
 * are in place; their sequence numbers continue the file's line count.
 */
public final class AuditLog implements AuditSink {
    private static final Logger log = LoggerFactory.getLogger(JsonFileStore.class);

    private final Store store;
    private final Path file;
    private final UnitRepo units;
    private long count = -1;
    private Object countStamp;
    private Optional<Instant> lastAt = Optional.empty();
    private Object lastAtStamp;

    AuditLog(Store store) {
        this.store = store;
        this.file = store.dir().resolve("audit.jsonl");
        this.units = new UnitRepo(store);
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        requireNonNull(entry, "entry is null");
        return store.write(() -> {
            List<AuditEntry> staged = store.tx().audit;
            Optional<Instant> last = staged.isEmpty()
                    ? lastAt()
                    : Optional.of(staged.get(staged.size() - 1).at());
            AuditAppendCheck.check(entry, last, unit -> units.find(unit).isPresent());
            AuditEntry stored = entry.withSequence(count() + staged.size() + 1);
            staged.add(stored);
            return stored;
        });
    }

    @Override
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return store.read(() -> read().stream()
                .filter(e -> e.entityType().equals(entityType) && e.entityId().equals(entityId))
                .toList());
    }

    @Override
    public List<AuditEntry> all() {
        return store.read(() -> List.copyOf(read()));
    }

    /** The entries in the file, counted once per change of the file. */
    private long count() {
        Object stamp = DocumentFiles.stamp(file);
        if (stamp == null) {
            return 0;
        }
        if (count >= 0 && stamp.equals(countStamp)) {
            return count;
        }
        try {
            count = store.partitions().count(file);
            countStamp = stamp;
            return count;
        } catch (IOException e) {
            throw store.documents().corrupted(file, DocumentFiles.ioMessage(e), e);
        }
    }

    /** The time of the file's last entry, read from its last line once per change of the file. */
    private Optional<Instant> lastAt() {
        Object stamp = DocumentFiles.stamp(file);
        if (stamp == null) {
            return Optional.empty();
        }
        if (stamp.equals(lastAtStamp)) {
            return lastAt;
        }
        try {
            byte[] line = lastLine();
            Optional<Instant> at = Optional.empty();
            if (line.length > 0) {
                Problems found = new Problems(store.name(file), 1);
                try (JsonParser parser = store.codec().jsons().streaming().createParser(line)) {
                    TreeReader tree = new TreeReader(parser, found);
                    if (tree.next() != null) {
                        Node node = tree.readCurrent("");
                        if (node.type() == Node.Type.OBJECT && node.field("formatVersion") == null) {
                            AuditEntry e = AuditCodec.read(new Scalars(found), node);
                            found.throwIfAny();
                            at = Optional.of(e.at());
                        }
                    }
                }
            }
            lastAt = at;
            lastAtStamp = stamp;
            return at;
        } catch (JsonImportException e) {
            throw store.documents().corrupted(file, e.text(), e);
        } catch (IOException e) {
            throw store.documents().corrupted(file, DocumentFiles.ioMessage(e), e);
        }
    }

    /** The file's last complete line, without its newline; empty for an empty file. */
    private byte[] lastLine() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = channel.size();
            if (end > 0 && byteAt(channel, end - 1) == '\n') {
                end--;
            }
            long start = end;
            while (start > 0 && byteAt(channel, start - 1) != '\n') {
                start--;
            }
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(end - start));
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                // read until full
            }
            return buffer.array();
        }
    }

    private static byte byteAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }

    /** The file's entries, then the transaction's staged ones. */
    private List<AuditEntry> read() {
        List<AuditEntry> out = new ArrayList<>();
        if (Files.exists(file)) {
            Problems found = new Problems(store.name(file), 1);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                    JsonParser parser = store.codec().jsons().streaming().createParser(in)) {
                TreeReader tree = new TreeReader(parser, found);
                Scalars reader = new Scalars(found);
                boolean head = true;
                while (tree.next() != null) {
                    Node node = tree.readCurrent("");
                    if (head) {
                        FormatVersion.check(reader, node);
                        head = false;
                        continue;
                    }
                    AuditEntry e = AuditCodec.read(reader, node);
                    found.throwIfAny();
                    out.add(e);
                }
            } catch (JsonImportException e) {
                throw store.documents().corrupted(file, e.text(), e);
            } catch (IOException e) {
                throw store.documents().corrupted(file, DocumentFiles.ioMessage(e), e);
            }
        }
        FileTransaction tx = store.tx();
        if (tx != null) {
            out.addAll(tx.audit);
        }
        return out;
    }

    /** Appends the entries, one fsynced line each; the header line first when the file is new. */
    void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            if (channel.size() == 0) {
                channel.write(
                        ByteBuffer.wrap(("{\"formatVersion\":" + FormatVersion.CURRENT + ",\"document\":\"audit\"}\n")
                                .getBytes(StandardCharsets.UTF_8)));
            }
            for (AuditEntry entry : entries) {
                ByteArrayOutputStream line = new ByteArrayOutputStream(256);
                try (JsonGenerator g = store.codec().jsons().compact().createGenerator(line)) {
                    AuditCodec.write(new ObjectWriter(g), entry);
                }
                line.write('\n');
                channel.write(ByteBuffer.wrap(line.toByteArray()));
                channel.force(false);
            }
        } catch (IOException e) {
            throw Store.unable("Không ghi được nhật ký " + store.name(file), "Cannot append to " + store.name(file), e);
        }
    }

    /**
     * A crash during an append can leave a partial last line in the audit trail. That entry was
     * never acknowledged (the append had not returned), so it is cut off.
     */
    public void repairTail() {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long end = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                channel.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                channel.truncate(end);
                channel.force(true);
                log.warn("cut an unfinished last line ({} bytes) from {}", size - end, file);
            }
        } catch (IOException e) {
            log.warn("cannot check the end of {}: {}", file, e.toString());
        }
    }
}
