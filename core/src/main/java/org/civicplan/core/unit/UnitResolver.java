package org.civicplan.core.unit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.Message;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.text.VietnameseText;

/**
 * Resolves unit names as documents write them to units of a {@link UnitDirectory}: by code, full
 * name, short name and registered aliases ({@link UnitAliases}), ignoring case and diacritics,
 * with common abbreviations understood ("UBND", "HĐND", "TP", "Sở KH&amp;ĐT" = "Sở KH-ĐT" = "Sở Kế
 * hoạch và Đầu tư"), compressed lists split ("các Sở: Tài chính, Nội vụ"), and collective
 * references recognised ("các sở, ban, ngành", "UBND các quận, huyện, thị xã") without naming any
 * one unit.
 *
 * <p>The context is the unit whose document the name comes from: a bare "Sở Tài chính" in a Hanoi
 * document is Hanoi's department. A name several units answer to in the context is reported with
 * its candidates; none is picked. Thread-safe once built.
 */
public final class UnitResolver {
    static final int MAX_LENGTH = 500;

    private static final Pattern TITLE = Pattern.compile(
            "^(?:Phó\\s+)?(?:Chủ tịch|Giám đốc|Thủ trưởng|Bộ trưởng|Chánh|Trưởng|Bí thư)\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TERM = Pattern.compile("^(.+) khoa [ivxl]+$");
    private static final List<String> GENERIC_PLACES = List.of(" thanh pho", " tinh");
    private static final List<String> TITLES =
            List.of("chu tich ", "giam doc ", "thu truong ", "bo truong ", "chanh ", "truong ", "bi thu ");

    private final UnitDirectory directory;
    private final NameIndex index;

    public UnitResolver(UnitDirectory directory, UnitAliases aliases) {
        this.directory = requireNonNull(directory, "directory is null");
        this.index = new NameIndex(directory, requireNonNull(aliases, "aliases is null"));
    }

    public UnitDirectory directory() {
        return directory;
    }

    /** The key of the province or city a unit belongs to, empty for central bodies. */
    public Optional<String> provinceOf(UnitCode code) {
        return index.provinceOf(code);
    }

    /**
     * The province of a document's unit, remembered for the last context asked about: a caller
     * resolving a document's names passes the same context (often the same code object) each time.
     */
    private Optional<String> provinceOfContext(UnitCode context) {
        ContextProvince last = lastContext;
        if (last != null && (last.code == context || last.code.value().equals(context.value()))) {
            return last.province;
        }
        Optional<String> province = index.provinceOf(context);
        lastContext = new ContextProvince(context, province);
        return province;
    }

    /** A context and its province, published whole so concurrent callers never see half of one. */
    private record ContextProvince(UnitCode code, Optional<String> province) {}

    private volatile ContextProvince lastContext;

    /** Resolves {@code text} with no context: a name several provinces share is ambiguous. */
    public UnitReading resolve(String text) {
        return resolve(text, Optional.empty());
    }

    /** Resolves {@code text} as written in a document of {@code context}. */
    public UnitReading resolve(String text, UnitCode context) {
        return resolve(text, Optional.of(requireNonNull(context, "context is null")));
    }

    private UnitReading resolve(String text, Optional<UnitCode> context) {
        check(text);
        Optional<String> province = context.isEmpty() ? Optional.empty() : provinceOfContext(context.get());
        try {
            return new UnitReading(text, resolveChecked(text, province));
        } catch (RuntimeException e) {
            // a bug here must reach the caller as a refusal of the text, never as an unexpected exception
            throw invalid(text, "không đọc được", "cannot be read");
        }
    }

    private UnitResolution resolveChecked(String text, Optional<String> province) {
        String key = NameKeys.key(text);
        UnitResolution direct = single(key, province);
        if (!(direct instanceof UnitResolution.Unknown)) {
            return direct;
        }
        String untitledKey = withoutTitle(key);
        String untitled = text;
        if (!untitledKey.equals(key)) {
            UnitResolution named = single(untitledKey, province);
            if (!(named instanceof UnitResolution.Unknown)) {
                return named;
            }
            untitled = TITLE.matcher(VietnameseText.clean(text)).replaceFirst("");
        }
        Optional<UnitResolution.Collective> collective = CollectivePhrases.match(untitledKey, province.isEmpty());
        if (collective.isPresent()) {
            return collective.get();
        }
        return ListSplitter.split(
                        untitled,
                        index.maxWords(),
                        k -> choose(index.get(k), province),
                        k -> single(k, province),
                        index::beginsAKey)
                .map(this::list)
                .orElseGet(() -> barePlace(untitledKey, province));
    }

    /**
     * A place name alone ("Hoàn Kiếm", "Ba Đình") may mean the district's or the ward's People's
     * Committee, or another body of that place the directory does not hold: it is reported with the
     * local units of that name as candidates (of the document's province when there is one), never
     * resolved. A list head ("UBND các quận: Ba Đình, Tây Hồ") decides before this is reached.
     */
    private UnitResolution barePlace(String key, Optional<String> province) {
        List<UnitCode> found = index.barePlace(key);
        if (found.isEmpty()) {
            return UnitResolution.Unknown.INSTANCE;
        }
        TreeSet<UnitCode> candidates = new TreeSet<>();
        for (UnitCode code : found) {
            if (province.isEmpty() || province.equals(index.provinceOf(code))) {
                candidates.add(code);
            }
        }
        return candidates.isEmpty()
                ? UnitResolution.Unknown.INSTANCE
                : new UnitResolution.Ambiguous(new ArrayList<>(candidates));
    }

    /** The key without a leading office title ("Chủ tịch UBND …" is the committee, "Bộ trưởng Bộ …" the ministry). */
    private static String withoutTitle(String key) {
        String rest = key.startsWith("pho ") ? key.substring(4) : key;
        for (String title : TITLES) {
            if (rest.startsWith(title) && rest.length() > title.length()) {
                return rest.substring(title.length());
            }
        }
        return key;
    }

    /** A list's members; a member after " - " that is a parent of the one before only says whose it is. */
    private UnitResolution list(List<ListSplitter.Member> members) {
        List<UnitResolution> out = new ArrayList<>();
        for (ListSplitter.Member member : members) {
            if (!out.isEmpty()
                    && member.separatorBefore().contains("-")
                    && member.resolution() instanceof UnitResolution.Resolved parent
                    && out.get(out.size() - 1) instanceof UnitResolution.Resolved child
                    && directory.ancestors(child.unit()).stream()
                            .anyMatch(u -> u.code().equals(parent.unit()))) {
                continue;
            }
            out.add(member.resolution());
        }
        return out.size() == 1 ? out.get(0) : new UnitResolution.Several(out);
    }

    /** One name, by its {@link NameKeys#key}: as it is, else without a trailing place or term ("khóa XV"). */
    private UnitResolution single(String key, Optional<String> province) {
        if (key.isEmpty()) {
            return UnitResolution.Unknown.INSTANCE;
        }
        if (key.contains(" khoa ")) {
            Matcher term = TERM.matcher(key);
            if (term.matches()) {
                key = term.group(1);
            }
        }
        List<NameIndex.Entry> entries = index.get(key);
        if (entries.isEmpty()) {
            entries = placed(key);
        }
        if (entries.isEmpty()) {
            String rest = withoutGenericPlace(key);
            if (!rest.equals(key)) {
                entries = index.get(rest);
            }
        }
        return choose(entries, province);
    }

    /**
     * A name ending in a place ("… thành phố Hà Nội", "… tỉnh Quảng Nam"): the units of that place
     * answering to the rest, each qualified by the place.
     */
    private List<NameIndex.Entry> placed(String key) {
        if (!index.mayEndInPlace(key)) {
            return List.of();
        }
        int space = key.length();
        for (int words = 0; words < 6; words++) {
            space = key.lastIndexOf(' ', space - 1);
            if (space <= 0) {
                return List.of();
            }
            String named = index.provinceOfPlace(key.substring(space + 1));
            if (named != null) {
                List<NameIndex.Entry> found = new ArrayList<>(2);
                for (NameIndex.Entry e : index.get(withoutGenericPlace(key.substring(0, space)))) {
                    if (named.equals(e.province())) {
                        found.add(new NameIndex.Entry(e.code(), true, e.province()));
                    }
                }
                return found;
            }
        }
        return List.of();
    }

    private static String withoutGenericPlace(String key) {
        for (String generic : GENERIC_PLACES) {
            if (key.endsWith(generic) && key.length() > generic.length()) {
                return key.substring(0, key.length() - generic.length());
            }
        }
        return key;
    }

    /**
     * Of the units answering to a name: those the name places itself; else, in a province's
     * document, its own units, then central ones (never another province's); else central ones,
     * then any.
     */
    private UnitResolution choose(List<NameIndex.Entry> entries, Optional<String> province) {
        if (entries.isEmpty()) {
            return UnitResolution.Unknown.INSTANCE;
        }
        if (entries.size() == 1) {
            // one unit answers: it is the pool unless it is another province's (the rule below, for one)
            NameIndex.Entry e = entries.get(0);
            String of = e.province();
            boolean taken = e.qualified() || of == null || province.isEmpty() || of.equals(province.get());
            return taken ? new UnitResolution.Resolved(e.code()) : UnitResolution.Unknown.INSTANCE;
        }
        List<UnitCode> qualified = new ArrayList<>(2);
        List<UnitCode> own = new ArrayList<>(2);
        List<UnitCode> central = new ArrayList<>(2);
        String wanted = province.orElse(null);
        for (NameIndex.Entry e : entries) {
            String of = e.province();
            if (e.qualified()) {
                qualified.add(e.code());
            }
            if (of == null) {
                central.add(e.code());
            } else if (of.equals(wanted)) {
                own.add(e.code());
            }
        }
        List<UnitCode> pool;
        if (!qualified.isEmpty()) {
            pool = qualified;
        } else if (wanted != null) {
            pool = own.isEmpty() ? central : own;
        } else {
            pool = central.isEmpty() ? codes(entries) : central;
        }
        if (pool.isEmpty()) {
            return UnitResolution.Unknown.INSTANCE;
        }
        if (pool.size() == 1) {
            return new UnitResolution.Resolved(pool.get(0));
        }
        List<UnitCode> sorted = new ArrayList<>(new TreeSet<>(pool));
        return sorted.size() == 1 ? new UnitResolution.Resolved(sorted.get(0)) : new UnitResolution.Ambiguous(sorted);
    }

    private static List<UnitCode> codes(List<NameIndex.Entry> entries) {
        List<UnitCode> all = new ArrayList<>(entries.size());
        for (NameIndex.Entry e : entries) {
            all.add(e.code());
        }
        return all;
    }

    /** The units a name's candidates are, for messages: code and display name. */
    public String describe(UnitCode code) {
        return directory.find(code).map(OrgUnit::displayName).orElse(code.value()) + " (" + code + ")";
    }

    private static void check(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "tên đơn vị trống", "the unit name is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid(
                    text,
                    "dài quá " + MAX_LENGTH + " ký tự, không phải tên đơn vị",
                    "longer than " + MAX_LENGTH + " characters, not a unit name");
        }
        if (!hasLetter(text)) {
            throw invalid(text, "không có chữ nào", "it has no letters");
        }
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static InvalidUnitNameException invalid(String text, String vi, String en) {
        String shown = text == null ? "null" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return new InvalidUnitNameException(
                text,
                Message.of(
                        "Tên đơn vị không hợp lệ: \"" + shown + "\" — " + vi
                                + ". Viết tên đơn vị như trong văn bản, ví dụ Sở Tài chính, UBND các quận, huyện.",
                        "Invalid unit name: \"" + shown + "\" — " + en
                                + ". Write the unit's name as documents do, e.g. Sở Tài chính, UBND các quận, huyện."));
    }
}
