package org.civicplan.storage.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.text.VietnameseText;
import org.civicplan.core.unit.InvalidUnitNameException;
import org.civicplan.core.unit.UnitAliases;
import org.civicplan.core.unit.UnitReading;
import org.civicplan.core.unit.UnitResolution;
import org.civicplan.core.unit.UnitResolver;
import org.civicplan.storage.json.UnitNameResolution;
import org.civicplan.storage.json.UnitNameResolution.How;

/**
 * The unit references of a version-2 interchange document, read as codes or as names over the
 * document's own unit directory ({@link UnitResolver}): each is told to the listener with how it was
 * resolved; an ambiguous or unknown name is a problem at its place naming the candidates.
 */
final class UnitNames {
    private final UnitResolver resolver;
    private final Consumer<UnitNameResolution> listener;

    UnitNames(UnitDirectory directory, Consumer<UnitNameResolution> listener) {
        // the units' registered aliases, and each province's place names from its People's Committee
        this.resolver = new UnitResolver(directory, UnitAliases.of(directory));
        this.listener = listener;
    }

    /** What one written reference names. */
    record Resolved(List<UnitCode> units, boolean asCode) {}

    /**
     * The units {@code n} (a string) names, read in a document of {@code context}; null (reported)
     * when it is not a string, is ambiguous or names no unit. A collective names none.
     */
    Resolved read(Scalars in, Node n, Optional<UnitCode> context) {
        return read(in, n, context, null);
    }

    /**
     * The one unit {@code n} names (the only entry of {@link Resolved#units()}), for a field that holds exactly one ({@code reportingUnit}, the
     * responsible official's {@code unit}), named {@code field} in messages; null (reported) as for
     * {@link #read}, and also when the text is a collective reference or names several units.
     */
    Resolved readOne(Scalars in, Node n, Optional<UnitCode> context, String field) {
        return read(in, n, context, field);
    }

    private Resolved read(Scalars in, Node n, Optional<UnitCode> context, String one) {
        if (!in.expect(n, Node.Type.STRING, " (mã hoặc tên đơn vị)", " (a unit code or name)")) {
            return null;
        }
        String text = n.string();
        UnitDirectory directory = resolver.directory();
        Optional<UnitCode> code = code(text.strip()).filter(directory::contains);
        if (code.isPresent()) {
            tell(in, n, text, How.CODE, code.stream().toList(), List.of());
            return new Resolved(List.of(code.get()), true);
        }
        UnitReading reading;
        try {
            reading = context.map(c -> resolver.resolve(text, c)).orElseGet(() -> resolver.resolve(text));
        } catch (InvalidUnitNameException e) {
            tell(in, n, text, How.UNKNOWN, List.of(), List.of());
            in.problems().add(n, e.text());
            return null;
        }
        Walk walk = new Walk();
        walk.visit(reading.resolution());
        if (!walk.candidates.isEmpty()) {
            tell(in, n, text, How.AMBIGUOUS, List.of(), walk.candidates);
            String names = walk.candidates.stream().map(resolver::describe).collect(Collectors.joining(", "));
            in.problems()
                    .add(
                            n,
                            Message.of(
                                    "\"" + text + "\" là tên của nhiều đơn vị: " + names
                                            + "; hãy ghi mã đơn vị hoặc tên đầy đủ để chỉ rõ một đơn vị",
                                    "\"" + text + "\" names several units: " + names
                                            + "; write the unit's code or its full name to name one"));
            return null;
        }
        if (walk.unknown) {
            tell(in, n, text, How.UNKNOWN, walk.units, List.of());
            in.problems()
                    .add(
                            n,
                            Message.of(
                                    "không có đơn vị nào trong danh mục đơn vị (\"units\") của tệp mang tên \"" + text
                                            + "\"; hãy ghi mã đơn vị, sửa tên, hoặc thêm đơn vị vào \"units\"",
                                    "no unit of the file's unit directory (\"units\") is called \"" + text
                                            + "\"; write the unit's code, correct the name, or add the unit to"
                                            + " \"units\""));
            return null;
        }
        if (one != null && (walk.collective || walk.units.size() != 1)) {
            tell(in, n, text, How.NOT_ONE, walk.units, List.of());
            in.problems().add(n, notOne(text, one, walk));
            return null;
        }
        How how = walk.collective
                ? How.COLLECTIVE
                : walk.units.size() == 1 && byName(text, walk.units.get(0)) ? How.NAME : How.ALIAS;
        tell(in, n, text, how, walk.units, List.of());
        return new Resolved(walk.units, false);
    }

    private Message notOne(String text, String field, Walk walk) {
        if (walk.units.isEmpty()) {
            return Message.of(
                    "\"" + text + "\" chỉ chung nhiều đơn vị, không phải một đơn vị; " + field
                            + " cần đúng một đơn vị: hãy ghi mã hoặc tên của một đơn vị trong \"units\"",
                    "\"" + text + "\" refers to units collectively, not to one unit; " + field
                            + " needs exactly one unit: write the code or the name of one unit of \"units\"");
        }
        String names = walk.units.stream().map(resolver::describe).collect(Collectors.joining(", "));
        String more = walk.collective ? " và một nhóm đơn vị chung" : "";
        String moreEn = walk.collective ? " and a collective reference" : "";
        int count = walk.units.size();
        String vi = count == 1 ? names : count + " đơn vị (" + names + ")";
        String en = count == 1 ? names : count + " units (" + names + ")";
        return Message.of(
                "\"" + text + "\" chỉ " + vi + more + "; " + field
                        + " cần đúng một đơn vị: hãy ghi mã hoặc tên của một trong số đó",
                "\"" + text + "\" names " + en + moreEn + "; " + field
                        + " needs exactly one unit: write the code or the name of one of them");
    }

    private static Optional<UnitCode> code(String text) {
        try {
            return Optional.of(UnitCode.of(text));
        } catch (InvalidInputException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the text is the unit's full or short name, up to case and diacritics. */
    private boolean byName(String text, UnitCode unit) {
        Optional<OrgUnit> found = resolver.directory().find(unit);
        return found.isPresent()
                && (VietnameseText.foldsAlike(text, found.get().name())
                        || found.get()
                                .shortName()
                                .filter(s -> VietnameseText.foldsAlike(text, s))
                                .isPresent());
    }

    private void tell(Scalars in, Node n, String text, How how, List<UnitCode> units, List<UnitCode> candidates) {
        listener.accept(new UnitNameResolution(
                in.problems().file(), n.line(), n.column(), n.pointer(), text, how, units, candidates));
    }

    /** The units a resolution names, through compressed lists; any ambiguity, unknown or collective part. */
    private static final class Walk {
        final List<UnitCode> units = new ArrayList<>();
        final List<UnitCode> candidates = new ArrayList<>();
        boolean unknown;
        boolean collective;

        void visit(UnitResolution r) {
            if (r instanceof UnitResolution.Resolved one) {
                units.add(one.unit());
            } else if (r instanceof UnitResolution.Several list) {
                list.members().forEach(this::visit);
            } else if (r instanceof UnitResolution.Collective) {
                collective = true;
            } else if (r instanceof UnitResolution.Ambiguous a) {
                candidates.addAll(a.candidates());
            } else {
                unknown = true;
            }
        }
    }
}
