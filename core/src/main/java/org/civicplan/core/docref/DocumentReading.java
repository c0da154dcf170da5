package org.civicplan.core.docref;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A document number and symbol read leniently, with the text as it was written and what the
 * reading noticed.
 *
 * @param text the text as given
 * @param ref what it reads as; {@link DocumentRef#symbol()} is the canonical writing
 * @param flags what was noticed (respelling, a type code outside the standard table)
 */
public record DocumentReading(String text, DocumentRef ref, Set<DocumentRefFlag> flags) {
    public DocumentReading {
        requireNonNull(text, "text is null");
        requireNonNull(ref, "ref is null");
        requireNonNull(flags, "flags is null");
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /**
     * The issuer code and the codes that follow it, in order: {@code [VPUBND, TCD, NC]} for {@code
     * 404/VPUBND-TCD-NC}, {@code [BTC, BTP]} for the joint circular {@code 146/2012/TTLT-BTC-BTP}.
     * After a typed symbol's issuer the further codes may be co-issuers or the drafting unit; the
     * notation does not say which.
     */
    public List<String> issuerParts() {
        List<String> parts = new ArrayList<>();
        parts.add(ref.issuer());
        ref.draftingUnit().ifPresent(d -> parts.addAll(List.of(d.split("-"))));
        return List.copyOf(parts);
    }

    public boolean has(DocumentRefFlag flag) {
        return flags.contains(flag);
    }
}
