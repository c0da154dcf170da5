package org.civicplan.appendix.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicplan.appendix.UnitMention;
import org.civicplan.appendix.UnitMention.Status;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.text.VietnameseText;
import org.civicplan.core.unit.UnitResolution;
import org.civicplan.core.unit.UnitResolver;

/**
 * Unit names of a lead or coordinating cell through core's {@link UnitResolver}: the cell is cut
 * into lines and at ";" (bullets dropped), and each piece is resolved as written, so abbreviations
 * ("Sở KH&ĐT"), compressed lists ("UBND các quận: Ba Đình, Hoàn Kiếm"), collectives ("các sở,
 * ban, ngành liên quan") and shared names (ambiguous, with their candidates) are read as the
 * resolver reads them everywhere else. A piece the resolver cannot read whole is cut at commas and
 * the longest run of parts naming something is taken from each position, so "Sở Văn hóa, Thể thao
 * và Du lịch, Sở Ngoại vụ" keeps the first name whole and reports the second as unknown. The
 * context is the unit whose plan the appendix belongs to, when known.
 */
final class ResolverUnits implements UnitNameReader {
    private static final Pattern PIECES = Pattern.compile("[\\n;]+");
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]+\\s*");
    /**
     * A plural the resolver does not know as a kind of unit ("các phòng", "toàn bộ các tổ"): a group
     * all the same, of no stated kind, running to the end of its piece.
     */
    private static final Pattern PLURAL_START = Pattern.compile("^(cac|nhung|toan bo|moi) ");

    private final UnitResolver resolver;
    private final Optional<UnitCode> context;

    ResolverUnits(UnitResolver resolver, Optional<UnitCode> context) {
        this.resolver = requireNonNull(resolver, "resolver is null");
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public List<UnitMention> read(String text) {
        List<UnitMention> out = new ArrayList<>();
        for (String piece : PIECES.split(text)) {
            String clean =
                    stripEnd(BULLET.matcher(piece.strip()).replaceFirst("").strip());
            if (!clean.isEmpty()) {
                readPiece(clean, out);
            }
        }
        return List.copyOf(out);
    }

    private void readPiece(String piece, List<UnitMention> out) {
        UnitResolution whole = resolve(piece);
        if (whole instanceof UnitResolution.Unknown) {
            byCommas(piece, out);
        } else if (whole instanceof UnitResolution.Several several) {
            List<UnitMention> parts = new ArrayList<>();
            byCommas(piece, parts);
            List<UnitMention> members = new ArrayList<>();
            add(piece, several, members);
            if (units(parts).equals(units(members)) && parts.stream().allMatch(m -> m.status() == Status.RESOLVED)) {
                out.addAll(parts); // each member as written, the same units as the whole list
            } else {
                // a list with a shared head ("UBND các quận: Ba Đình, Hoàn Kiếm"): the head decides
                // what a bare member names, so the members are the whole piece's
                out.addAll(members);
            }
        } else {
            add(piece, whole, out);
        }
    }

    /** From each comma part, the longest run of parts that names something; a part naming nothing is unknown. */
    private void byCommas(String piece, List<UnitMention> out) {
        String[] parts = piece.split(",");
        int i = 0;
        while (i < parts.length) {
            if (parts[i].isBlank()) {
                i++;
                continue;
            }
            int matched = -1;
            UnitResolution found = null;
            for (int j = parts.length; j > i; j--) {
                if (j - i == parts.length && i == 0) {
                    continue; // the whole piece was tried already
                }
                UnitResolution r = resolve(join(parts, i, j));
                if (!(r instanceof UnitResolution.Unknown)) {
                    matched = j;
                    found = r;
                    break;
                }
            }
            if (found == null
                    && PLURAL_START
                            .matcher(VietnameseText.fold(join(parts, i, parts.length)))
                            .find()) {
                out.add(new UnitMention(join(parts, i, parts.length), Status.COLLECTIVE, List.of()));
                return;
            }
            if (found == null) {
                out.add(new UnitMention(parts[i].strip(), Status.UNKNOWN, List.of()));
                i++;
                continue;
            }
            add(join(parts, i, matched), found, out);
            i = matched;
        }
    }

    private UnitResolution resolve(String text) {
        try {
            return context.isPresent()
                    ? resolver.resolve(text, context.get()).resolution()
                    : resolver.resolve(text).resolution();
        } catch (CivicPlanException notAName) {
            // empty, too long or without letters: names no unit
            return new UnitResolution.Unknown();
        }
    }

    /** One mention per unit named; a list's members each on their own, as {@code written}. */
    private static void add(String written, UnitResolution r, List<UnitMention> out) {
        if (r instanceof UnitResolution.Several several) {
            several.members().forEach(m -> add(written, m, out));
        } else if (r instanceof UnitResolution.Resolved one) {
            out.add(new UnitMention(written, Status.RESOLVED, List.of(one.unit())));
        } else if (r instanceof UnitResolution.Ambiguous candidates) {
            out.add(new UnitMention(written, Status.AMBIGUOUS, candidates.candidates()));
        } else if (r instanceof UnitResolution.Collective) {
            out.add(new UnitMention(written, Status.COLLECTIVE, List.of()));
        } else {
            out.add(new UnitMention(written, Status.UNKNOWN, List.of()));
        }
    }

    private static List<UnitCode> units(List<UnitMention> mentions) {
        List<UnitCode> codes = new ArrayList<>();
        mentions.forEach(m -> codes.addAll(m.units()));
        return codes;
    }

    private static String join(String[] parts, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                out.append(',');
            }
            out.append(parts[k]);
        }
        return out.toString().strip();
    }

    private static String stripEnd(String text) {
        String s = text;
        while (!s.isEmpty() && (s.endsWith(".") || s.endsWith(",") || s.endsWith(";"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
