package org.civicplan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The words of the generated items of one program: title and content, varied as a real plan's rows
 * are, with a small share of repeats. A title is an act on an object (the generator's own draw, from
 * {@code VERBS} × {@code OBJECTS}), narrowed to a field, a place, a purpose and a period; the content adds what
 * is done for whom and how much. Two rows of different tasks therefore share only some of their
 * two-syllable phrases, as in a real appendix, instead of one of 96 titles for every row.
 *
 * <p>A real plan still repeats itself now and then: one row in {@value #REPEAT_IN} repeats an
 * earlier row of its plan word for word (a copy-paste), and one in {@value #NEAR_REPEAT_IN} repeats
 * one with a small edit (another period, another count), so the near-duplicate search has findings
 * to make. These draws come from a stream of their own, so that every other field of an item is the
 * one the generator drew before texts were varied.
 */
final class TaskTexts {
    /** One row in this many repeats an earlier row of its plan word for word. */
    static final int REPEAT_IN = 100;

    /** One row in this many repeats an earlier row of its plan with a small edit. */
    static final int NEAR_REPEAT_IN = 100;

    private static final String[] FIELDS = {
        "y tế",
        "giáo dục và đào tạo",
        "nông nghiệp công nghệ cao",
        "giao thông thông minh",
        "du lịch và dịch vụ",
        "bảo vệ môi trường",
        "công nghiệp hỗ trợ",
        "logistics và kho vận",
        "tài chính ngân hàng",
        "văn hóa và di sản",
        "quản lý đô thị",
        "cấp thoát nước",
        "an toàn thực phẩm",
        "năng lượng tái tạo",
        "thương mại điện tử",
        "dệt may và da giày",
        "cơ khí chế tạo",
        "dược phẩm và thiết bị y tế",
        "quản lý đất đai",
        "phòng cháy chữa cháy",
        "an sinh xã hội",
        "thể dục thể thao",
        "chế biến nông sản",
        "vật liệu mới"
    };

    /** The districts' names: a row's place. */
    private static final String[] PLACES = PortfolioGenerator.DISTRICTS;

    private static final String[] PERIODS = {
        "giai đoạn 2021-2025",
        "năm 2021",
        "năm 2022",
        "năm 2023",
        "năm 2024",
        "năm 2025",
        "giai đoạn 2021-2023",
        "giai đoạn 2023-2025"
    };

    private static final String[] PURPOSES = {
        "nâng cao năng suất lao động",
        "giảm chi phí tuân thủ",
        "rút ngắn thời gian xử lý hồ sơ",
        "mở rộng thị trường xuất khẩu",
        "thu hút vốn đầu tư tư nhân",
        "phát triển nguồn nhân lực số",
        "bảo đảm an ninh mạng",
        "ứng phó biến đổi khí hậu",
        "tăng tỷ lệ nội địa hóa",
        "thúc đẩy chuyển giao công nghệ",
        "cải thiện chất lượng dịch vụ công",
        "giảm phát thải khí nhà kính",
        "hình thành chuỗi giá trị",
        "khai thác dữ liệu mở",
        "bảo hộ tài sản trí tuệ",
        "hỗ trợ thương mại hóa kết quả nghiên cứu"
    };

    private static final String[] ACTIVITIES = {
        "khảo sát nhu cầu và hỗ trợ",
        "tập huấn, chuyển giao kết quả cho",
        "thí điểm mô hình cùng",
        "kết nối cung cầu công nghệ cho",
        "tư vấn, đánh giá năng lực của",
        "đặt hàng nhiệm vụ nghiên cứu với",
        "xây dựng bộ tiêu chí lựa chọn",
        "tổ chức diễn đàn đối thoại với",
        "hỗ trợ kinh phí ứng dụng công nghệ cho",
        "cập nhật dữ liệu, bản đồ số về",
        "vinh danh, nhân rộng điển hình của",
        "rà soát thủ tục, tháo gỡ vướng mắc cho"
    };

    private static final String[] GROUPS = {
        "doanh nghiệp nhỏ và vừa",
        "hợp tác xã",
        "hộ kinh doanh cá thể",
        "trường trung học phổ thông",
        "bệnh viện công lập",
        "viện nghiên cứu và trường đại học",
        "cán bộ, công chức cấp xã",
        "thanh niên khởi nghiệp",
        "hội phụ nữ các cấp",
        "làng nghề truyền thống",
        "khu công nghiệp và cụm công nghiệp",
        "doanh nghiệp có vốn đầu tư nước ngoài",
        "nhà khoa học trẻ",
        "người cao tuổi",
        "đồng bào dân tộc thiểu số",
        "tổ chức đánh giá sự phù hợp"
    };

    /** One row's words: its title before the period, the period, and what the content adds. */
    private record Row(String stem, String period, String activity, int products) {
        String title() {
            return stem + " " + period;
        }

        String content() {
            return title() + "; " + activity + ", hoàn thành " + products + " sản phẩm cụ thể, báo cáo định kỳ 6 tháng";
        }
    }

    private final Random random;
    private final List<Row> plan = new ArrayList<>();

    /**
     * @param seed the seed of this program's words: not the seed of its other draws, so that those stay
     *     what they were
     */
    TaskTexts(long seed) {
        this.random = new Random(seed);
    }

    /** The next plan's rows start: a row repeats only an earlier row of its own plan. */
    void newPlan() {
        plan.clear();
    }

    /**
     * The title and content of the next row: {@code verb} and {@code object} narrowed to a field, a
     * place (the district's own for a district's plan), a purpose and a period; the content what is done for whom
     * and {@code products}, the count of its products. Or, now and then, an earlier row's words.
     *
     * @param district the district issuing the plan (0-based), or -1 for a city's or a department's plan
     * @return title, then content
     */
    String[] next(String verb, String object, int district, int products) {
        // of REPEAT_IN x NEAR_REPEAT_IN draws, NEAR_REPEAT_IN repeat word for word and REPEAT_IN with an edit
        int draw = random.nextInt(REPEAT_IN * NEAR_REPEAT_IN);
        Row row;
        if (!plan.isEmpty() && draw < NEAR_REPEAT_IN) {
            // word for word: the row was pasted twice
            row = plan.get(random.nextInt(plan.size()));
        } else if (!plan.isEmpty() && draw < NEAR_REPEAT_IN + REPEAT_IN) {
            // an earlier row edited a little: another period, another count
            Row earlier = plan.get(random.nextInt(plan.size()));
            String period = PERIODS[random.nextInt(PERIODS.length)];
            if (period.equals(earlier.period())) {
                period = PERIODS[(random.nextInt(PERIODS.length - 1) + 1 + indexOf(period)) % PERIODS.length];
            }
            row = new Row(earlier.stem(), period, earlier.activity(), earlier.products() + 1);
        } else {
            String place = PLACES[district >= 0 ? district % PLACES.length : random.nextInt(PLACES.length)];
            String stem = verb + " " + object + " trong lĩnh vực " + FIELDS[random.nextInt(FIELDS.length)]
                    + " trên địa bàn " + place + " nhằm " + PURPOSES[random.nextInt(PURPOSES.length)];
            String activity =
                    ACTIVITIES[random.nextInt(ACTIVITIES.length)] + " " + GROUPS[random.nextInt(GROUPS.length)];
            row = new Row(stem, PERIODS[random.nextInt(PERIODS.length)], activity, products);
        }
        plan.add(row);
        return new String[] {row.title(), row.content()};
    }

    private static int indexOf(String period) {
        for (int i = 0; i < PERIODS.length; i++) {
            if (PERIODS[i].equals(period)) {
                return i;
            }
        }
        throw new IllegalArgumentException(period);
    }
}
