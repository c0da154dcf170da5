package org.civicplan.core.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits compressed lists of units into their members: with a shared head ("các Sở: Tài chính, Nội
 * vụ, Kế hoạch và Đầu tư", "UBND các huyện Đông Anh, Gia Lâm", "Bộ: Tài chính, Xây dựng") or
 * without ("Bộ Thông tin và Truyền thông và Bộ Giáo dục và Đào tạo", "BỘ TÀI CHÍNH - BỘ TƯ PHÁP").
 *
 * <p>Names themselves contain the separators ("Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du
 * lịch"), so the text is cut at every separator and the pieces are joined back greedily: from each
 * position the longest run of pieces that names a unit is one member. Every piece must belong to a
 * member, otherwise the text is not a list.
 */
final class ListSplitter {
    private static final Pattern HEADED = Pattern.compile(
            "^((?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+)?)((?:các|những)\\s+)?"
                    + "(sở|bộ|quận|huyện|thị xã|xã|phường)((?:\\s*,\\s*(?:ban|ngành))*)\\s*(:?)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;:]|\\s[-–]\\s)\\s*|\\s+và\\s+");
    private static final int MAX_PIECES = 40;

    /** A member as written and what it resolved to. */
    record Member(String text, UnitResolution resolution, String separatorBefore) {}

    private ListSplitter() {}

    /**
     * The members of {@code text} if it is a list of at least two, each resolved by {@code single}
     * (which answers {@link UnitResolution.Unknown} for a text that names no unit).
     */
    static Optional<List<Member>> split(String text, Function<String, UnitResolution> single) {
        Matcher headed = HEADED.matcher(text);
        if (headed.matches() && (headed.group(2) != null || !headed.group(5).isEmpty())) {
            String head = headed.group(1) + headed.group(3);
            Optional<List<Member>> members = members(headed.group(6), head, single);
            if (members.isPresent()) {
                return members;
            }
        }
        return members(text, "", single);
    }

    private static Optional<List<Member>> members(String body, String head, Function<String, UnitResolution> single) {
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(body);
        int last = 0;
        separators.add("");
        while (m.find()) {
            pieces.add(body.substring(last, m.start()));
            separators.add(m.group());
            last = m.end();
        }
        pieces.add(body.substring(last));
        if (pieces.size() > MAX_PIECES || (pieces.size() < 2 && head.isEmpty())) {
            return Optional.empty();
        }
        List<Member> members = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Member found = null;
            int end = i;
            for (int j = pieces.size() - 1; j >= i && found == null; j--) {
                StringBuilder joined = new StringBuilder(pieces.get(i));
                for (int k = i + 1; k <= j; k++) {
                    joined.append(separators.get(k)).append(pieces.get(k));
                }
                String candidate = joined.toString();
                UnitResolution r =
                        head.isEmpty() ? UnitResolution.Unknown.INSTANCE : single.apply(head + " " + candidate);
                if (r instanceof UnitResolution.Unknown) {
                    r = single.apply(candidate);
                }
                if (!(r instanceof UnitResolution.Unknown)) {
                    found = new Member(candidate, r, separators.get(i));
                    end = j;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            members.add(found);
            i = end + 1;
        }
        return members.size() < 2 ? Optional.empty() : Optional.of(members);
    }
}
