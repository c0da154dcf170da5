package org.civicplan.validation.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Judges whether a task or product text says anything of its own, by what is left once the words
 * that fit every task are taken away (issue 17): the formulas ("theo chức năng, nhiệm vụ được giao",
 * "theo quy định", "các nội dung có liên quan", "và các nhiệm vụ khác"), the verbs of doing in
 * general ("triển khai", "thực hiện", "tổ chức", "phối hợp", "chủ trì"), the intensifiers
 * ("tăng cường", "đẩy mạnh", "tiếp tục", "quán triệt sâu sắc", "đồng bộ, hiệu quả") and the function
 * words. The syllables that remain are the content words: what to act on, how, for whom. A text with
 * fewer than {@value #MIN_CONTENT} of them is boilerplate, however it opens — unlike a list of
 * opening phrases, "phối hợp và tổ chức thực hiện" and "triển khai thực hiện theo chức năng, nhiệm vụ
 * được giao" are caught whatever their order, and "tổ chức 5 hội thảo" is not.
 *
 * <p>A reference to another document ("Kế hoạch số 62/KH-UBND", "Quyết định này") is not content of
 * the row: implementing a named plan without saying how is boilerplate in a plan; whether it is
 * acceptable elsewhere (a decision's implementing clause) is the caller's call.
 */
final class Boilerplate {
    /** Fewer content syllables than this: nothing concrete is said. */
    static final int MIN_CONTENT = 1;

    private static final List<Pattern> FORMULAS = List.of(
            Pattern.compile("(can cu|tren co so|theo|trong pham vi)( (chuc nang|tham quyen|nhiem vu|quyen han)"
                    + "( duoc (giao|phan cong))?( cua minh)?)+( duoc (giao|phan cong))?"),
            Pattern.compile(
                    "(theo|dung|phu hop voi)( dung)? (quy dinh|phap luat)( cua phap luat| hien hanh| cua nha nuoc)?"),
            Pattern.compile("(cac )?noi dung (co )?lien quan|(co )?lien quan"),
            Pattern.compile("va cac nhiem vu khac|nhiem vu (duoc )?(giao|phan cong)"));

    /** References to other documents, matched before punctuation goes (symbols hold '/' and '-'). */
    private static final List<Pattern> REFERENCES = List.of(
            Pattern.compile("(ke hoach|quyet dinh|chi thi|nghi quyet|cong van|thong bao|chuong trinh|van ban)"
                    + "( so)? [0-9][^ ,;]*( ngay [0-9][^ ,;]*)?"),
            Pattern.compile("(quyet dinh|chi thi|ke hoach|cong van|van ban|chuong trinh) (nay|tren|neu tren)"));

    private static final Set<String> GENERIC = Set.of(
            // doing in general
            "trien",
            "khai",
            "thuc",
            "hien",
            "to",
            "chuc",
            "phoi",
            "hop",
            "chu",
            "tri",
            "tien",
            "hanh",
            // intensifiers and manner
            "tang",
            "cuong",
            "day",
            "manh",
            "tiep",
            "tuc",
            "quan",
            "triet",
            "sau",
            "sac",
            "tap",
            "trung",
            "dong",
            "bo",
            "hieu",
            "qua",
            "nghiem",
            "kip",
            "thoi",
            "chat",
            "che",
            "tot",
            "linh",
            "hoat",
            "quyet",
            "liet",
            "nang",
            "cao",
            "bao",
            "dam",
            "tich",
            "cuc",
            "phat",
            "huy",
            "nua",
            "hon",
            "khan",
            "truong",
            "som",
            "dung",
            "muc",
            "du",
            "ro",
            // generic nouns of work
            "cong",
            "tac",
            "nhiem",
            "vu",
            "giai",
            "phap",
            "bien",
            "noi",
            "viec",
            // function words
            "cac",
            "nhung",
            "va",
            "voi",
            "cua",
            "de",
            "trong",
            "theo",
            "ve",
            "cho",
            "tai",
            "o",
            "la",
            "mot",
            "so",
            "duoc",
            "da",
            "se",
            "can",
            "phai",
            "nhu",
            "tren",
            "duoi",
            "tu",
            "den",
            "nham",
            "ca",
            "moi");

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9 ]+");

    private Boilerplate() {}

    /** Doing in general: the verbs of an exhortation. */
    private static final String DOING =
            "(thuc hien|trien khai|quan triet|dieu hanh|to chuc thuc hien|trien khai thuc hien)";

    /**
     * An exhortation with no action of its own: urging words, then only doing-in-general ("thực hiện
     * tốt", "triển khai đồng bộ", "điều hành linh hoạt"), then a generic object ("các giải pháp", "các
     * biện pháp", "các nghị quyết", "chủ trương", "chính sách") — "tăng cường thực hiện các giải pháp",
     * "tập trung thực hiện tốt các Nghị quyết"; or the tasks left unnamed ("quyết liệt triển khai thực
     * hiện nghiêm túc, có hiệu quả các nhiệm vụ nhằm …") or a direction that cites no numbered
     * instrument ("quán triệt, triển khai nghiêm túc, hiệu quả chỉ đạo của Tổng Bí thư về …"; not
     * "thực hiện nghiêm chỉ đạo … tại Chỉ thị số 16/CT-TTg"), when no later clause adds an act.
     */
    private static final Pattern EXHORTATION = Pattern.compile("^((tiep tuc|tap trung|chu dong|tang cuong|day manh"
            + "|khan truong|quyet liet),? )*" + DOING + "((,| va) " + DOING + ")*"
            + "( (tot|nghiem|nghiem tuc|dong bo|sau sac|linh hoat|hieu qua|co hieu qua|quyet liet),?)*"
            + "( va (the che hoa|cu the hoa))? (cac )?(giai phap|bien phap|nghi quyet|chu truong|chinh sach"
            // tasks left unnamed ("các nhiệm vụ nhằm …"), a direction that cites no numbered instrument;
            // either only when no later clause adds an act of its own ("…; thống nhất cách gọi các mũi tiêm")
            + "|((?<=cac )nhiem vu(?=$|[,;.]| (duoc|nham|de|tren|theo|da)\\b)|chi dao(?![^;]*?(\\bso \\d|\\d+/)))"
            + "(?=[^;]*$))\\b");

    /** "Báo cáo kết quả (thực hiện)", "báo cáo tình hình, kết quả triển khai": every item's report. */
    private static final Pattern RESULTS_REPORT = Pattern.compile(
            "bao cao( (tinh hinh|ket qua|so ket|tong ket))+( (thuc hien|trien khai|trien khai thuc hien))?");

    /** The content syllables of a text: what remains once formulas, general verbs and function words go. */
    static int contentWords(String text) {
        return contentWords(text, false);
    }

    /**
     * @param keepReferences count a reference to another document ("Quyết định này") as content
     */
    static int contentWords(String text, boolean keepReferences) {
        return contentWordsFolded(TaskReading.fold(text), keepReferences);
    }

    private static int contentWordsFolded(String folded, boolean keepReferences) {
        if (!keepReferences) {
            for (Pattern reference : REFERENCES) {
                folded = reference.matcher(folded).replaceAll(" ");
            }
        }
        folded = NON_WORD.matcher(folded).replaceAll(" ");
        for (Pattern formula : FORMULAS) {
            folded = formula.matcher(folded).replaceAll(" ");
        }
        int count = 0;
        for (String word : folded.split(" +")) {
            if (!word.isEmpty() && !GENERIC.contains(word)) {
                count++;
            }
        }
        return count;
    }

    /** Every word a formula can take away (the patterns of {@link #FORMULAS}). */
    private static final Set<String> FORMULA_WORDS = Set.of(
            "can", "cu", "tren", "co", "so", "theo", "trong", "pham", "vi", "chuc", "nang", "tham", "quyen", "nhiem",
            "vu", "han", "duoc", "giao", "phan", "cong", "cua", "minh", "dung", "phu", "hop", "voi", "quy", "dinh",
            "phap", "luat", "hien", "hanh", "nha", "nuoc", "noi", "lien", "quan", "va", "cac", "khac");

    /** Every word a reference can take away, besides the symbol chunks that hold a digit. */
    private static final Set<String> REFERENCE_WORDS = Set.of(
            "ke", "hoach", "quyet", "dinh", "chi", "thi", "nghi", "cong", "van", "thong", "bao", "chuong", "trinh",
            "so", "ngay", "nay", "tren", "neu");

    /**
     * True when the folded text has a word that is neither generic nor one a formula or reference could
     * take away, outside any chunk holding a digit: it has content whatever the patterns remove, so
     * {@link #contentWordsFolded} need not run (most real tasks end here, with no regular expression).
     */
    private static boolean plainlyHasContent(String folded, boolean keepReferences) {
        int n = folded.length();
        int i = 0;
        while (i < n) {
            // one chunk: up to the next space
            int end = folded.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            if (!hasDigit(folded, i, end)) {
                int w = i;
                while (w < end) {
                    while (w < end && !wordChar(folded.charAt(w))) {
                        w++;
                    }
                    int start = w;
                    while (w < end && wordChar(folded.charAt(w))) {
                        w++;
                    }
                    if (w > start) {
                        String word = folded.substring(start, w);
                        if (!GENERIC.contains(word)
                                && !FORMULA_WORDS.contains(word)
                                && (keepReferences || !REFERENCE_WORDS.contains(word))) {
                            return true;
                        }
                    }
                }
            }
            i = end + 1;
        }
        return false;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean boilerplate(String text, boolean keepReferences) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return boilerplateFolded(TaskReading.fold(text), keepReferences);
    }

    /** {@link #boilerplate} once the text, not blank, is folded. */
    private static boolean boilerplateFolded(String folded, boolean keepReferences) {
        // one plain content word settles it only while a single one is enough
        if (MIN_CONTENT == 1 && plainlyHasContent(folded, keepReferences)) {
            return false;
        }
        return contentWordsFolded(folded, keepReferences) < MIN_CONTENT;
    }

    /** True when the text says nothing of its own (see the class comment). */
    static boolean isBoilerplate(String text) {
        return boilerplate(text, false);
    }

    /** As {@link #isBoilerplate}, on a text that is not blank, already folded ({@link TaskReading#fold}). */
    static boolean isBoilerplateFolded(String folded) {
        return boilerplateFolded(folded, false);
    }

    /**
     * As {@link #isBoilerplate} ({@link #isBoilerplateKeepingReferences} when {@code keepReferences}) of
     * {@code title + " " + own}, given the two texts' folded forms: the joined text is not folded again
     * where its folded form is theirs joined by a space (see {@link #joinedFold}).
     */
    static boolean joinedBoilerplate(
            String title,
            Supplier<String> foldedTitle,
            String own,
            Supplier<String> foldedOwn,
            boolean keepReferences) {
        if (title.isBlank() && own.isBlank()) {
            // the joined text is blank
            return false;
        }
        return boilerplateFolded(joinedFold(title, foldedTitle.get(), own, foldedOwn.get()), keepReferences);
    }

    /**
     * {@code TaskReading.fold(a + " " + b)} from {@code fa = fold(a)} and {@code fb = fold(b)}. Folding
     * maps each character on its own (a character of {@code a} or {@code b} folds alike in the joined
     * text: the space between them keeps any combining mark on its own side), then strips white space at
     * both ends and collapses inner runs of {@code [ \t\n\x0B\f\r]}. So a side that folds to nothing
     * (white space and marks only) is stripped away; and when the last character of {@code a} and the
     * first of {@code b} each fold to one character that is not white space (a character below U+0300
     * that is not white space: no combining mark, no decomposition into marks only), the joined form is
     * {@code fa + " " + fb}. Otherwise (a side that ends in other white space, e.g. U+2003, which folding
     * keeps inside a text but strips at its ends) the joined text is folded.
     */
    static String joinedFold(String a, String fa, String b, String fb) {
        if (fa.isEmpty()) {
            return fb;
        }
        if (fb.isEmpty()) {
            return fa;
        }
        if (joinsCleanly(a.charAt(a.length() - 1)) && joinsCleanly(b.charAt(0))) {
            return fa + " " + fb;
        }
        return TaskReading.fold(a + " " + b);
    }

    private static boolean joinsCleanly(char c) {
        return c > ' ' && c < '\u0300' && !Character.isWhitespace(c);
    }

    /** True for an exhortation with no action of its own (see {@link #EXHORTATION}). */
    static boolean exhortation(String title) {
        return title != null && exhortationFolded(TaskReading.fold(title));
    }

    /** As {@link #exhortation}, on a title already folded ({@link TaskReading#fold}). */
    static boolean exhortationFolded(String folded) {
        return mayExhort(folded) && EXHORTATION.matcher(folded).find();
    }

    /** The words an {@link #EXHORTATION} may start with: an urging word or a verb of doing in general. */
    private static final String[] EXHORTATION_STARTS = {
        "tiep tuc",
        "tap trung",
        "chu dong",
        "tang cuong",
        "day manh",
        "khan truong",
        "quyet liet",
        "thuc hien",
        "trien khai",
        "quan triet",
        "dieu hanh",
        "to chuc thuc hien"
    };

    /** False when the folded title cannot start an {@link #EXHORTATION} (anchored at its start). */
    private static boolean mayExhort(String folded) {
        for (String start : EXHORTATION_STARTS) {
            if (folded.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #isBoilerplate(String)}, but a reference to another document counts as content. */
    static boolean isBoilerplateKeepingReferences(String text) {
        return boilerplate(text, true);
    }

    /** A product that is only "a report of the results" ("Báo cáo kết quả", "Báo cáo tình hình thực hiện"). */
    static boolean genericProduct(String description) {
        return genericProductFolded(TaskReading.fold(description));
    }

    /** As {@link #genericProduct}, on the description already folded ({@link TaskReading#fold}). */
    static boolean genericProductFolded(String folded) {
        // the expression matches the whole text once other characters are spaces and ends stripped: it starts
        // at the first ASCII letter or digit, with "bao" written out (any other character there becomes a space)
        int first = 0;
        while (first < folded.length() && !wordChar(folded.charAt(first))) {
            first++;
        }
        if (!folded.startsWith("bao", first)) {
            return false;
        }
        return RESULTS_REPORT
                .matcher(NON_WORD.matcher(folded).replaceAll(" ").strip())
                .matches();
    }
}
