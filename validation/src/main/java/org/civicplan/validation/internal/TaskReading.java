package org.civicplan.validation.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.model.Item;
import org.civicplan.core.text.VietnameseText;

/**
 * What a careful reader takes from an item's own words (title, content, product description) when
 * judging it against the kind of document it comes from: whether the task is a one-off act or a
 * standing duty, whether its words bind it in time, name an output, spend money or run a campaign.
 * All on folded text (lower case, no diacritics), so typed with or without accents.
 *
 * <p>A one-off act is one whose first verb ends in a thing done ("nghiên cứu", "xử lý", "rà soát",
 * "xây dựng", "tổng hợp", "đề xuất", "trả lời", "mua" …) or that is only urged ("khẩn trương",
 * "sớm"); a standing duty's first verb follows, oversees or escalates ("theo dõi", "đôn đốc", "giám
 * sát", "kịp thời", "thường xuyên", "chịu trách nhiệm"). A row bound to an event or season ("dịp",
 * "Tết", "mùa", "phiên họp") or answering a request whose timing is the requester's ("đồng ý", "theo
 * đề nghị", "theo yêu cầu") is neither.
 */
final class TaskReading {
    private static final Pattern URGED = Pattern.compile("\\b(khan truong|^som|som trien khai)\\b");

    private static final Pattern ONE_OFF = Pattern.compile(
            "\\b(nghien cuu|xem xet|xu ly|ra soat|xay dung|hoan thien"
                    + "|tham gia y kien|gop y|cho y kien|co y kien|tong hop|de xuat|tra loi|lap|dieu tra|lam ro|mua"
                    + "|thanh lap|khao sat|tham do|tiep thu|tinh toan|can nhac|giai quyet|ban giao|tiep nhan|phan bo"
                    + "|nhan rong|sua doi|bo sung|dieu chinh|doi ten|ban hanh|danh gia|phan dinh|lam viec|thuc hien quy trinh)\\b");

    /** One-off acts whose result is a document someone must name: the others end in the thing done. */
    private static final Pattern PRODUCING = Pattern.compile(
            "(nghien cuu|tinh toan|can nhac|khao sat|tham do|phan dinh|danh gia|ra soat|tiep thu|hoan thien)");

    /** Investigations and handling: they end in the matter dealt with, not in a document. */
    private static final Pattern HANDLING =
            Pattern.compile("\\b(kiem tra|xu ly|dieu tra|lam ro|lam viec|xem xet|giai quyet|ra soat lai)\\b");

    /** How many words of the head its first verb may lie in; later verbs belong to its objects. */
    static final int HEAD_WORDS = 8;

    private static final Pattern STANDING = Pattern.compile("\\b(theo doi|don doc|giam sat|thuong xuyen|kip thoi"
            + "|lam dau moi|chiu trach nhiem|lien tuc|duy tri|thi hanh|khi co|quan ly|tham muu|phoi hop|tang cuong"
            + "|day manh|bao dam|dam bao|huong dan|tuyen truyen|pho bien|van dong)\\b");

    /** Escalation and routine, anywhere in the row: a duty that recurs or waits for its occasion. */
    private static final Pattern ROUTINE = Pattern.compile("\\b(kip thoi|thuong xuyen)\\b");

    private static final Pattern EVENT = Pattern.compile("\\b(dip|tet|nghi le|le|mua (mua|kho|he|lu|nang)|vu (dong"
            + " xuan|he thu|mua)|phien hop|ky hop|nam hoc|tuu truong|mua bao)\\b");

    private static final Pattern ANSWERS = Pattern.compile(
            "(^|\\n)(dong y|cho phep|chap thuan)\\b|\\b(ve nguyen tac|theo de nghi|nhu de nghi|nhu y kien|theo yeu cau)\\b");

    /** Another document's number and date ("Công văn số 7196/VPCP-KTTH ngày 11 tháng 12 năm 2007"): not a deadline. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\b\\d+/[^ ,;]*(,? ngay (\\d{1,2} ?[/.-] ?\\d{1,2} ?[/.-] ?"
                    + "\\d{2,4}|\\d{1,2} thang \\d{1,2} nam \\d{4}))?");

    /**
     * A date, a period or a relative term written into the words ("trước ngày 10/6", "30 ngày làm việc",
     * "xử lý ngay, dứt điểm").
     */
    private static final Pattern WHEN = Pattern.compile("(^|\\n)thoi han\\b|\\b\\d{1,2} ?[/.-] ?\\d{1,2}\\b"
            + "|\\b(truoc|trong|den|vao|het) (ngay|thang|quy|nam)\\b|\\bngay lam viec\\b|\\bquy [ivx\\d]"
            + "|\\b\\d+ (ngay|thang|tuan)\\b|\\b(hang|tung|moi) (ngay|tuan|thang|quy|nam)\\b|\\bdinh ky\\b"
            // "ngay" as "at once" (folded like "ngày"): "ngay lập tức", "xử lý ngay, dứt điểm", "ngay sau khi …"
            + "|\\bngay lap tuc\\b|\\bngay(?= ?[,;.]| (sau khi|khi|tu khi)\\b)"
            // after the act it hurries ("kiểm tra ngay đối với …"); not a named day ("kiểm tra ngày 5/6", "ngày lễ")
            + "|\\b(kiem tra|thanh tra|xu ly|trien khai|thuc hien) ngay\\b(?! (le|tet|nghi|lam viec|\\d))");

    /** A recurring term ("định kỳ hằng quý", "hằng năm"): it binds reports, not a one-off document. */
    private static final Pattern RECURRING = Pattern.compile("\\b(dinh ky|(hang|tung|moi) (ngay|tuan|thang|quy|nam))"
            + "((,? | va | hoac )((hang|moi) )?(\\d+ thang|ngay|tuan|thang|quy|nam)\\b)*");

    /** The results of the row's work to be reported ("báo cáo kết quả", "báo cáo tình hình"). */
    private static final Pattern REPORTS_RESULTS = Pattern.compile("\\bbao cao (ket qua|tinh hinh)\\b");

    /** Something put up for a decision ("tổng hợp, trình UBND tỉnh phê duyệt"): a one-off submission. */
    private static final Pattern SUBMITS = Pattern.compile("\\btrinh (ubnd|uy ban|chu tich|thu tuong|chinh phu|hdnd"
            + "|hoi dong nhan dan)[^;.\\n]*? (phe duyet|ban hanh|quyet dinh)\\b");

    /**
     * Verbs and verb-object pairs of a deliverable: the task's own words name its output. "trình"
     * (submit) is not the "trình" of "công trình" (works), nor a surname after "ông" ("ông Trịnh Xuân
     * Thanh"), which folds alike.
     */
    private static final Pattern OUTPUT =
            Pattern.compile("(?<!tai |theo |cua |cong tac |qua trinh |cong )(?<!\\bong )\\b(bao cao|trinh"
                    + "|ban hanh|gui|tra loi|thong bao|ky (ban|van|quyet|bao|ket|hop dong|thong)|cong bo"
                    + "|tham muu( cho)? (ubnd|uy ban nhan dan|chu tich)( [a-z]+){0,3} (giai quyet|xu ly|quyet dinh)"
                    + "|de xuat|tong hop|du thao|thanh lap|phan bo|bo tri|(?<!cac |moi |nhieu |nang )cap(?! (tinh|huyen|xa|co so))|phe duyet|tham dinh|ban giao|tiep nhan|mua"
                    + "|co y kien|tham gia y kien|gop y|cho y kien|ket luan|to chuc (cac )?(hoi nghi|hoi thao|le|cuoc hop|hop"
                    + "|dien tap|kiem tra|doan)|(xay dung|lap|hoan thien|soan thao|sua doi|bo sung|dieu chinh|doi ten|de ra)( [a-z]+){0,2}"
                    + " (ke hoach|de an|du an|quyet dinh|van ban|to trinh|danh sach|ho so|quy che|quy dinh|chuong trinh"
                    + "|phuong an|nghi dinh|thong tu|nghi quyet|chien luoc|quy hoach|quy trinh))\\b");

    /**
     * A document to be drawn up: a plan, programme, list, draft, scheme or option, whatever verb leads
     * to it ("tổng hợp danh sách", "tham mưu xây dựng Dự thảo Kế hoạch", "xây dựng và triển khai thực
     * hiện Kế hoạch"); not the stage of another act ("trong quá trình lập Đề án").
     */
    private static final Pattern PRODUCES_DOCUMENT = Pattern.compile("(?<!qua trinh )\\b(xay dung|lap|hoan thien"
            + "|soan thao|tong hop)( [a-z]+){0,5} (ke hoach|chuong trinh|danh sach|du thao|de an|phuong an)\\b");

    /** The name of a document with its horizon ("Quy hoạch báo chí đến năm 2020"): not a deadline of the row. */
    private static final Pattern HORIZON =
            Pattern.compile("\\b(quy hoach|chien luoc|ke hoach|chuong trinh|de an)" + "( [a-z]+){0,4} den nam \\d{4}");

    /**
     * A duty of oversight or coordination as the row's first act, perhaps after the formula that
     * divides nothing ("căn cứ theo chức năng, nhiệm vụ được giao, theo dõi, đôn đốc …").
     */
    private static final Pattern OVERSIGHT = Pattern.compile("^((can cu |tren co so )?theo chuc nang,? nhiem vu duoc"
            + " (giao|phan cong),? )?(theo doi|don doc|huong dan|phoi hop)\\b");

    /**
     * Supporting another body's work and nothing of its own: "phối hợp chặt chẽ, kịp thời với Sở GTVT để
     * tham mưu …", "theo chức năng, nhiệm vụ được giao, phối hợp chặt chẽ với UBND quận … trong việc …".
     */
    private static final Pattern COORDINATION_ONLY = Pattern.compile("^((can cu |tren co so )?theo chuc nang,? nhiem"
            + " vu duoc (giao|phan cong),? )?phoi hop chat che(,? kip thoi)? voi [^;]*? (de|trong viec) ");

    /** A purchase or an investment as the act itself, after the words that only urge it on. */
    private static final Pattern SPENDS = Pattern.compile(
            "^((khan truong|chu dong|som|thuc hien|viec|to chuc|tien hanh)"
                    + " )*(mua|mua sam|lap (cac )?thu tuc (ve )?dau tu|dau tu|nang cap|xay dung cong trinh|sua chua)\\b");

    private static final Pattern MONEY = Pattern.compile("\\b(kinh phi|ngan sach|von|nguon|dong|ty|trieu)\\b");

    /** A scale-up, pilot, upgrade or a vague "some": success is a number the row does not give. */
    private static final Pattern CAMPAIGN = Pattern.compile(
            "\\b(nhan rong|thi diem|nang cap|mot so (dia ban|don vi|xa|dia phuong|noi|co so|truong))\\b");

    /** A count of something ("5 hội thảo", "200 học viên", "30 %"), not a date or a document number. */
    private static final Pattern QUANTITY =
            Pattern.compile("(?<!so |/|-)\\b\\d+([.,]\\d+)? ?(%|phan tram|[a-z]+)(?! ?/)");

    private static final Pattern NOT_COUNTED =
            Pattern.compile("\\d+([.,]\\d+)? ?(thang|nam|ngay|quy|tuan|gio|cp|ttg)\\b");

    final String title;
    final String text;
    final String product;
    private String head;
    private String clause;
    private Boolean eventOrAnswer;

    private TaskReading(String title, String text, String product) {
        this.title = title;
        this.text = text;
        this.product = product;
    }

    static TaskReading of(Item item) {
        return of(
                item,
                fold(item.title()),
                item.product().description().map(TaskReading::fold).orElse(""));
    }

    /**
     * @param title the item's title folded
     * @param product its product description folded, "" without one
     */
    static TaskReading of(Item item, String title, String product) {
        String content = item.content().map(TaskReading::foldLines).orElse("");
        return new TaskReading(title, content.isEmpty() ? title : title + "\n" + content, product);
    }

    private static String foldLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : Calibration.lines(text)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(fold(line));
        }
        return out.toString();
    }

    /** Lower case, no diacritics, single spaces; punctuation kept (it separates clauses and dates). */
    static String fold(String text) {
        return VietnameseText.fold(text);
    }

    /**
     * The first clause of the title, its first {@value #HEAD_WORDS} words: what the row is above all
     * about. A title that is only a name ("Đề án hỗ trợ khởi nghiệp") leaves the verbs to the
     * content: then the content's first clause.
     */
    String head() {
        if (head == null) {
            head = computeHead();
        }
        return head;
    }

    /**
     * The text without the subjects of the documents it cites ("Công văn số 7196/VPCP-KTTH ngày … của
     * Thủ tướng về … phục vụ Tết …"): the subject's words are the other document's, so an event named
     * there binds nothing here. A cited subject runs from a document number ("7196/", a word boundary
     * before its digits) through the first " về " after it in the same clause (up to ";") to the end of
     * that line or clause. It is what the expression {@code \\b\\d+/[^ ,;]*[^;]*? ve [^;\\n]*} replaced, but
     * found in one pass: that expression, tried from every number of a long clause with no " về ", read
     * the clause once per number.
     */
    static String withoutCitedSubjects(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int number = nextNumber(text, i);
            if (number < 0) {
                break;
            }
            int clauseEnd = text.indexOf(';', number);
            if (clauseEnd < 0) {
                clauseEnd = n;
            }
            int about = text.indexOf(" ve ", number);
            if (about < 0 || about >= clauseEnd) {
                // no subject for this number, nor for any later one of the same clause
                i = clauseEnd + 1;
                continue;
            }
            int end = about + 4;
            while (end < n && text.charAt(end) != ';' && text.charAt(end) != '\n') {
                end++;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, number).append(' ');
            copied = end;
            i = end;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /** Where the next document number ("7196/": digits after a word boundary, then "/") starts, or -1. */
    private static int nextNumber(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (!isDigit(text.charAt(i)) || i > 0 && isWord(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
            if (j < n && text.charAt(j) == '/') {
                return i;
            }
            i = j - 1;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A word character as {@code \\b} reads one. */
    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Bound to an event or answering a request (read once: several questions ask it). */
    private boolean eventOrAnswer() {
        if (eventOrAnswer == null) {
            String own = withoutCitedSubjects(text);
            eventOrAnswer = EVENT.matcher(own).find() || ANSWERS.matcher(own).find();
        }
        return eventOrAnswer;
    }

    private String computeHead() {
        String head = head(title);
        if (!ONE_OFF.matcher(head).find() && !STANDING.matcher(head).find() && text.length() > title.length()) {
            return head(text.substring(title.length() + 1));
        }
        return head;
    }

    private static String head(String text) {
        Matcher formula = LEADING_FORMULA.matcher(text);
        String title = formula.find() ? text.substring(formula.end()) : text;
        int end = title.length();
        // after "về" come the act's subject, not its verbs ("báo cáo Nghị quyết về bổ sung Kế hoạch …")
        for (String stop : new String[] {";", ". ", " ve "}) {
            int at = title.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        int words = 0;
        for (int i = 0; i < end; i++) {
            if (title.charAt(i) == ' ' && ++words == HEAD_WORDS) {
                end = i;
                break;
            }
        }
        return title.substring(0, end);
    }

    /**
     * A one-off act: the head's first verb is a one-off verb, or the task is only urged ("khẩn
     * trương", "sớm") with no standing verb first; never when the row is bound to an event or
     * answers a request.
     */
    boolean oneOff() {
        if (eventOrAnswer()) {
            return false;
        }
        if (URGED.matcher(text).find()) {
            return first(STANDING, head()) == Integer.MAX_VALUE;
        }
        if (inquiry()) {
            // an inquiry or a sweep ends when the matter is dealt with, whatever verbs name its agent
            // ("chỉ đạo lực lượng quản lý thị trường …": "quản lý" is the force's name, not a standing duty)
            return !ROUTINE.matcher(text).find();
        }
        int act = first(ONE_OFF, head());
        return act < first(STANDING, head()) && !ROUTINE.matcher(text).find();
    }

    /**
     * A one-off act whose result is a document ("nghiên cứu", "rà soát", "tính toán, cân nhắc"): its
     * first verb, before any standing or handling verb. Urging a task on does not make it produce
     * something, and handling a matter ("kiểm tra, xử lý") ends in the matter handled.
     */
    boolean producingAct() {
        if (eventOrAnswer()) {
            return false;
        }
        int act = first(PRODUCING, head());
        return act < first(STANDING, head())
                && act < first(HANDLING, head())
                // studying a document in order to carry it out is carrying it out
                && !STUDY_TO_IMPLEMENT.matcher(text).find();
    }

    /**
     * Where the pattern first matches in the head, a match that starts in the head and runs past its
     * last word included ("tham gia ý | kiến" cut at the eighth word is still "tham gia ý kiến").
     */
    private int first(Pattern pattern, String head) {
        String clause = clause();
        Matcher m = pattern.matcher(clause.startsWith(head) ? clause : head);
        return m.find() && m.start() < head.length() ? m.start() : Integer.MAX_VALUE;
    }

    /** The first clause the head was cut from (up to ";" or ". "). */
    private String clause() {
        if (clause == null) {
            int at = text.indexOf(head());
            String from = at < 0 ? head() : text.substring(at);
            clause = from.substring(0, Math.max(clauseEnd(from), head().length()));
        }
        return clause;
    }

    private static int clauseEnd(String text) {
        int end = text.length();
        for (String stop : new String[] {";", ". ", "\n"}) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** The words themselves bind the task in time: a date, a period, a relative term (other documents' dates aside). */
    boolean timed() {
        return WHEN.matcher(
                        HORIZON.matcher(REFERENCE.matcher(text).replaceAll(" ")).replaceAll(" "))
                .find();
    }

    /** The row draws up a document (a plan, list, draft, scheme): see {@link #PRODUCES_DOCUMENT}. */
    boolean producesDocument() {
        return PRODUCES_DOCUMENT.matcher(text).find();
    }

    /** The row's first act is oversight or coordination: see {@link #OVERSIGHT}. */
    boolean oversight() {
        return OVERSIGHT.matcher(text).find();
    }

    /** The row only supports another body's work: see {@link #COORDINATION_ONLY}. */
    boolean coordinationOnly() {
        return COORDINATION_ONLY.matcher(title).find();
    }

    /**
     * A deliverable no words bind in time: a submission for decision or (when {@code reportsBack}) the
     * results to be reported, with no time word at all; or a one-off document to draw up whose only
     * time words recur (they bind the reports: "xây dựng kế hoạch …; định kỳ hằng quý … báo cáo").
     * Never a row bound to an event or a request, or one that waits for its occasion ("kịp thời",
     * "thường xuyên").
     */
    boolean unboundDeliverable(boolean reportsBack) {
        if (eventOrAnswer() || ROUTINE.matcher(text).find()) {
            return false;
        }
        if (SUBMITS.matcher(text).find() || reportsBack && reportsAfterWork()) {
            // a report or a submission may recur: any time word binds it
            if (!timed()) {
                return true;
            }
        }
        if (!oneOff() || timedOnce()) {
            return false;
        }
        for (String clause : text.split("[;\n]")) {
            if (PRODUCES_DOCUMENT.matcher(clause).find() && !whenIn(clause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-off act that names no output and is not the handling of a matter (which ends in the matter
     * dealt with): "khẩn trương thực hiện các chỉ đạo …", "tổ chức nhân rộng …".
     */
    boolean unnamedOneOff() {
        return oneOff()
                && !namesOutput()
                && first(HANDLING, head()) == Integer.MAX_VALUE
                && !IMPLEMENTS_CITED.matcher(head()).find();
    }

    /**
     * An inquiry into a matter raised ("điều tra, làm rõ những vấn đề báo nêu", "nghiên cứu, xử lý thông
     * tin Báo … phản ánh", "rà soát lại toàn bộ hồ sơ vụ …") as the row's first act, or directed ("chỉ đạo
     * kiểm tra, xử lý các công trình …"): the issuer took the matter up and must learn how it ended.
     */
    private static final Pattern INQUIRY = Pattern.compile(
            "^((khan truong|tiep tuc|chi dao) )?((nghien cuu|kiem tra),? )?(dieu tra|lam ro|xu ly|ra soat lai)\\b");

    /**
     * A sweep: a check of named targets that ends, in the same clause, in dealing with what it finds —
     * done by the lead or directed to a force it commands ("chỉ đạo lực lượng quản lý thị trường tập
     * trung kiểm tra các đại lý kinh doanh xăng dầu, kiên quyết xử lý nghiêm …", "kiểm tra thông tin báo
     * nêu, xử lý vi phạm (nếu có)"). Like an inquiry it is one-off: it ends when the targets are checked.
     * Not a standing watch, where the check goes with monitoring or control ("kiểm tra, giám sát hoạt
     * động khai thác khoáng sản …, kiên quyết xử lý nghiêm") or is only stepped up ("tăng cường kiểm
     * tra"). The agent after "chỉ đạo" is at most eight words; every repetition is bounded, and the
     * pattern is anchored at the clause's start, so it scans the clause a bounded number of times.
     */
    private static final Pattern SWEEP = Pattern.compile("^(chi dao (?:[a-z]+ ){1,8}?)?(tap trung |khan truong )?"
            + "((thuc hien|tien hanh) )?"
            + "(thanh tra,? )?kiem tra(?!,? (va )?(giam sat|kiem soat|don doc))[ ,][^;.]*?\\bxu ly\\b");

    /** Monitoring or routine anywhere in the first clause: the check is a standing watch, not a sweep. */
    private static final Pattern WATCH = Pattern.compile("\\b(giam sat|kiem soat|thuong xuyen|tang cuong|dinh ky)\\b");

    /**
     * An inquiry into a raised matter as the row's first act (see {@link #INQUIRY}), or a sweep of named
     * targets (see {@link #SWEEP}).
     */
    boolean inquiry() {
        if (INQUIRY.matcher(head()).find()) {
            return true;
        }
        String clause = clause();
        return SWEEP.matcher(clause).find() && !WATCH.matcher(clause).find();
    }

    /** Anything that sends the result back: a report, a submission, a proposal, advice to the issuer. */
    private static final Pattern SENDS_BACK =
            Pattern.compile("\\b(bao cao|(?<!cong )trinh (ubnd|uy ban|chu tich|thu tuong"
                    + "|pho thu tuong|chinh phu|hdnd|bo|so)|de xuat|tham muu|kien nghi|gui|tra loi|thong bao)\\b");

    /** A purpose clause naming the act the inquiry ends in ("… để xử phạt hành chính và thu hồi …"). */
    private static final Pattern PURPOSE = Pattern.compile("(?<!van )\\bde (?!nghi\\b|xuat\\b)[a-z]");

    /**
     * A one-off inquiry into a raised matter that sends nothing back (no report, submission, proposal
     * or advice anywhere in the row): nobody is told to report how it ended.
     */
    boolean unreportedInquiry() {
        return inquiry() && !SENDS_BACK.matcher(text + " " + product).find();
    }

    /** An unreported inquiry that names neither an output nor the act it ends in. */
    boolean inquiryWithoutOutcome() {
        return unreportedInquiry() && !namesOutput() && !PURPOSE.matcher(text).find();
    }

    /** "nghiên cứu nội dung Nghị quyết … để chủ động triển khai thực hiện": the study serves implementation. */
    private static final Pattern STUDY_TO_IMPLEMENT =
            Pattern.compile("\\bnghien cuu\\b[^;\\n]*? de (chu dong )?(trien khai|thuc hien|to chuc thuc hien)\\b");

    /** Carrying out a numbered document ("triển khai Công văn số …"): its output is that document's. */
    private static final Pattern IMPLEMENTS_CITED = Pattern.compile("\\b(trien khai|thuc hien)( [a-z]+){0,2}"
            + " (cong van|quyet dinh|chi thi|ke hoach|nghi quyet|thong bao|van ban|chuong trinh) so\\b");

    /**
     * The formula that divides nothing, before a row's first verb ("trên cơ sở chức năng, nhiệm vụ được phân
     * công", "theo thẩm quyền").
     */
    private static final Pattern LEADING_FORMULA = Pattern.compile("^((can cu |tren co so )?(theo )?chuc nang,? nhiem"
            + " vu( va quyen han)?( duoc (giao|phan cong))?" + "|theo (dung )?tham quyen),? ");

    /**
     * One proposal or draft to produce as the row's first act ("nghiên cứu đề xuất …", "đề xuất …", "xây
     * dựng dự thảo …"): one document, which one body must submit.
     */
    private static final Pattern PROPOSAL = Pattern.compile(
            "^((nghien cuu|tiep tuc|khan truong),? )*(de xuat|soan thao|xay dung (du thao|de an|phuong an))\\b");

    /** The row's first act is one proposal or draft (see {@link #PROPOSAL}), not divided by competence. */
    boolean proposal() {
        return PROPOSAL.matcher(head()).find() && !byCompetence();
    }

    /** Each body acts within its own competence ("theo thẩm quyền", "xử lý theo đúng thẩm quyền"). */
    private static final Pattern BY_COMPETENCE = Pattern.compile("\\btheo (dung )?tham quyen\\b");

    /**
     * The row divides the work by each body's competence: several bodies named for one inquiry then each
     * deal with their own part of it (the police with the plate, the ministry with its official).
     */
    boolean byCompetence() {
        return BY_COMPETENCE.matcher(text).find();
    }

    /**
     * The results of some other work are to be reported ("theo dõi, đôn đốc …, báo cáo kết quả"); a
     * report that is itself the row's act ("chủ trì báo cáo kết quả thực hiện Đồ án …") is judged as any
     * one-off act.
     */
    private boolean reportsAfterWork() {
        Matcher m = REPORTS_RESULTS.matcher(text);
        if (m.find()) {
            return m.start() >= head().length() || text.indexOf(head()) != 0;
        }
        return REPORTS_RESULTS.matcher(product).find()
                && !REPORTS_RESULTS.matcher(head()).find();
    }

    /** Bound in time by something other than a recurring term. */
    private boolean timedOnce() {
        String once = RECURRING.matcher(text).replaceAll(" ");
        // a deadline line that held only recurring terms binds nothing once
        return whenIn(EMPTY_DEADLINE.matcher(once).replaceAll(""));
    }

    private static final Pattern EMPTY_DEADLINE = Pattern.compile("(?m)^thoi han\\b[\\s:,.;]*$");

    private static boolean whenIn(String text) {
        return WHEN.matcher(
                        HORIZON.matcher(REFERENCE.matcher(text).replaceAll(" ")).replaceAll(" "))
                .find();
    }

    boolean namesOutput() {
        return !product.isEmpty() || OUTPUT.matcher(text).find();
    }

    /**
     * Issuing or drawing up a mechanism or a policy ("nghiên cứu ban hành cơ chế ưu đãi về thuế", "xây
     * dựng chính sách hỗ trợ …"): a regulation, and not a kind of document, so who may issue it depends
     * on what it says (a tax incentive is set by law or decree, not by a ministry alone).
     */
    private static final Pattern REGULATION =
            Pattern.compile("\\b(ban hanh|xay dung|sua doi|bo sung|de ra)( [a-z]+){0,2} (co che|chinh sach)\\b");

    /** Someone named to decide: a submission, a proposal or report to the issuer, or the lead's own competence. */
    private static final Pattern PLACED = Pattern.compile(
            "\\b(trinh|de xuat|bao cao|kien nghi|tham quyen|phe duyet|quyet dinh|thong qua|cho y kien)\\b");

    /**
     * The row's first act issues a mechanism or a policy (see {@link #REGULATION}) and no words say who
     * decides it: neither a submission nor a proposal or report to someone, nor the lead's competence.
     */
    boolean unplacedRegulation() {
        return first(REGULATION, head()) != Integer.MAX_VALUE
                && !PLACED.matcher(text + " " + product).find();
    }

    /** A purchase or an investment, with no money named. */
    boolean spends() {
        return SPENDS.matcher(clause()).find() && !MONEY.matcher(text).find();
    }

    /** A scale-up, pilot, upgrade or purchase: something whose success is a number. */
    boolean campaign() {
        // preparing the investment dossier ("lập các thủ tục về đầu tư") is done when it is submitted
        return CAMPAIGN.matcher(text).find()
                || spends() && !DOSSIER.matcher(clause()).find();
    }

    private static final Pattern DOSSIER = Pattern.compile("\\blap (cac )?thu tuc\\b");

    /** A counted quantity anywhere in the row (dates and document numbers do not count). */
    boolean counts() {
        String all = NOT_COUNTED.matcher(text + " " + product).replaceAll(" ");
        return QUANTITY.matcher(REFERENCE.matcher(all).replaceAll(" ")).find();
    }
}
