package org.civicplan.appendix.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicplan.appendix.UnitMention;
import org.civicplan.appendix.UnitMention.Status;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.text.VietnameseText;

/**
 * Unit names looked up in the unit directory by name, short name or code, compared folded (without
 * diacritics or case). A cell is split into lines and at ";", then at commas, but commas inside a
 * unit's own name ("Sở Văn hóa, Thể thao và Du lịch") are kept by trying the longest run of
 * comma-separated parts that names a unit first. Group names ("Các sở, ban, ngành", "các đơn vị
 * liên quan", "UBND các quận, huyện") are collective and take the rest of their part.
 */
final class DirectoryUnits implements UnitNameReader {
    private static final Pattern PIECES = Pattern.compile("[\\n;]+");
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]+\\s*");
    /** A group named at the start of a part: it runs to the end of the part, commas and all. */
    private static final Pattern COLLECTIVE_START =
            Pattern.compile("^(cac|toan bo|moi|nhung|ubnd cac|uy ban nhan dan cac|so, ban, nganh|so ban nganh)( |$)");
    /** A single comma part naming a group by its end ("Sở, ngành liên quan"). */
    private static final Pattern COLLECTIVE_END = Pattern.compile("(lien quan|co lien quan|tren dia ban)$");

    private final Map<String, List<UnitCode>> byName = new HashMap<>();

    DirectoryUnits(UnitDirectory directory) {
        for (OrgUnit unit : directory.sorted()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(key(unit.name()));
            unit.shortName().ifPresent(s -> keys.add(key(s)));
            keys.add(key(unit.code().value()));
            for (String k : keys) {
                byName.computeIfAbsent(k, x -> new ArrayList<>()).add(unit.code());
            }
        }
    }

    @Override
    public List<UnitMention> read(String text) {
        List<UnitMention> out = new ArrayList<>();
        for (String piece : PIECES.split(text)) {
            String clean = BULLET.matcher(piece.strip()).replaceFirst("").strip();
            clean = stripEnd(clean);
            if (!clean.isEmpty()) {
                readPiece(clean, out);
            }
        }
        return out;
    }

    private void readPiece(String piece, List<UnitMention> out) {
        String[] parts = piece.split(",");
        int i = 0;
        while (i < parts.length) {
            if (parts[i].isBlank()) {
                i++;
                continue;
            }
            String rest = join(parts, i, parts.length);
            if (COLLECTIVE_START.matcher(key(rest)).find() && !byName.containsKey(key(rest))) {
                out.add(new UnitMention(rest, Status.COLLECTIVE, List.of()));
                return;
            }
            int matched = -1;
            for (int j = parts.length; j > i; j--) {
                if (byName.containsKey(key(join(parts, i, j)))) {
                    matched = j;
                    break;
                }
            }
            if (matched < 0
                    && parts[i].strip().split("\\s+").length <= 2
                    && COLLECTIVE_END.matcher(key(rest)).find()) {
                // "Sở, ngành liên quan": a short word list ending as a group is one group
                out.add(new UnitMention(rest, Status.COLLECTIVE, List.of()));
                return;
            }
            if (matched < 0) {
                String one = parts[i].strip();
                Status status = COLLECTIVE_END.matcher(key(one)).find() ? Status.COLLECTIVE : Status.UNKNOWN;
                out.add(new UnitMention(one, status, List.of()));
                i++;
                continue;
            }
            String name = join(parts, i, matched);
            List<UnitCode> codes = byName.get(key(name));
            out.add(new UnitMention(name, codes.size() == 1 ? Status.RESOLVED : Status.AMBIGUOUS, codes));
            i = matched;
        }
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

    /** Folded, with ", " and "," alike and "&" spaced, so "Sở KH&CN" and "Sở KH & CN" match. */
    static String key(String name) {
        return VietnameseText.fold(name.replace("&", " & ").replaceAll("\\s*,\\s*", ", "))
                .replace(" & ", "&");
    }
}
