package org.civicplan.core.period;

import org.civicplan.core.Message;
import org.civicplan.core.text.VietnameseText;

/**
 * The refusals of {@link PeriodReader}, one message per {@link RefusalKind}: what part was not
 * understood, why, and the nearest reading or what to write instead. A message is built only when
 * it is asked for: most refusals are counted or routed by kind and their text never read.
 */
final class Refusals {
    private static final int ECHO = 60;

    private Refusals() {}

    static InvalidPeriodException empty() {
        return new ReaderRefusal("", RefusalKind.EMPTY, () -> {
            return Message.of(
                    "Chưa nhập thời hạn; hãy ghi ví dụ \"trước ngày 15/11/2022\" hoặc \"trong quý III/2023\"",
                    "No deadline given; write e.g. \"trước ngày 15/11/2022\" or \"trong quý III/2023\"");
        });
    }

    static InvalidPeriodException tooLong(String text) {
        return new ReaderRefusal(text, RefusalKind.TOO_LONG, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + " dài " + text.length() + " ký tự, quá " + PeriodReader.MAX_LENGTH
                            + " ký tự của một thời hạn; chỉ chép cụm từ nêu thời hạn",
                    shown + " is " + text.length() + " characters, more than the " + PeriodReader.MAX_LENGTH
                            + " of a deadline; copy only the deadline phrase");
        });
    }

    static InvalidPeriodException needsReference(String text, String part) {
        return new ReaderRefusal(text, RefusalKind.NEEDS_REFERENCE_DATE, () -> {
            String shown = shown(text);
            char last = part.charAt(part.length() - 1);
            String full = part.endsWith("năm")
                    ? part + " 2023"
                    : Character.isDigit(last) || "IVX".indexOf(last) >= 0 ? part + "/2023" : part + " năm 2023";
            return Message.of(
                    shown + ": \"" + part + "\" không ghi năm; cần ngày ban hành văn bản (ParseContext) để biết năm,"
                            + " hoặc ghi đủ năm, ví dụ \"" + full + "\"",
                    shown + ": \"" + part + "\" has no year; the document's date (ParseContext) is needed to tell"
                            + " the year, or write it in full, e.g. \"" + full + "\"");
        });
    }

    static InvalidPeriodException outsideKnowledge(String text, String event) {
        return new ReaderRefusal(text, RefusalKind.NEEDS_OUTSIDE_KNOWLEDGE, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": thời hạn gắn với \"" + event + "\" mà văn bản không ghi ngày; hãy ghi ngày cụ thể",
                    shown + ": the deadline hangs on \"" + event + "\", whose date the text does not give;"
                            + " write the date");
        });
    }

    static InvalidPeriodException ambiguousHalf(String text) {
        return new ReaderRefusal(text, RefusalKind.AMBIGUOUS_HALF, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": không rõ 6 tháng đầu năm hay 6 tháng cuối năm; ghi \"6 tháng đầu năm\" hoặc"
                            + " \"6 tháng cuối năm\"",
                    shown + ": does not say which half; write \"6 tháng đầu năm\" (first) or \"6 tháng cuối năm\""
                            + " (second)");
        });
    }

    static InvalidPeriodException notADate(String text, String part) {
        return new ReaderRefusal(text, RefusalKind.NOT_A_DATE, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": \"" + part + "\" không phải là một ngày có thật; kiểm tra lại ngày và tháng",
                    shown + ": \"" + part + "\" is not a real date; check the day and the month");
        });
    }

    static InvalidPeriodException yearNotInFull(String text, String part) {
        return new ReaderRefusal(text, RefusalKind.YEAR_NOT_IN_FULL, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": năm \"" + part + "\" viết không đủ 4 chữ số; ghi đủ năm, ví dụ 2023",
                    shown + ": the year \"" + part + "\" is not written with 4 digits; write it in full, e.g. 2023");
        });
    }

    static InvalidPeriodException yearOutOfRange(String text, String part) {
        return new ReaderRefusal(text, RefusalKind.YEAR_OUT_OF_RANGE, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": năm " + part + " nằm ngoài " + PeriodChecks.MIN_YEAR + "–" + PeriodChecks.MAX_YEAR
                            + "; có thể gõ nhầm",
                    shown + ": the year " + part + " is outside " + PeriodChecks.MIN_YEAR + "–" + PeriodChecks.MAX_YEAR
                            + "; probably a typing error");
        });
    }

    static InvalidPeriodException noSuchPart(String text, String part) {
        return new ReaderRefusal(text, RefusalKind.NO_SUCH_PART, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": \"" + part + "\" không có (tháng 1–12, quý I–IV, nửa năm đầu hoặc cuối)",
                    shown + ": \"" + part + "\" does not exist (months 1–12, quarters I–IV, first or second half)");
        });
    }

    static InvalidPeriodException reversed(String text, String from, String to) {
        return new ReaderRefusal(text, RefusalKind.RANGE_REVERSED, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": kết thúc (" + to + ") trước khi bắt đầu (" + from + "); kiểm tra lại hai mốc",
                    shown + ": the end (" + to + ") comes before the start (" + from + "); check both");
        });
    }

    static InvalidPeriodException vague(String text) {
        return new ReaderRefusal(text, RefusalKind.VAGUE, () -> {
            String shown = shown(text);
            return Message.of(
                    shown + ": chỉ nêu sự khẩn trương, không nêu thời điểm; ghi ngày, tháng, quý hoặc năm",
                    shown + ": says how urgent, not when; write a day, month, quarter or year");
        });
    }

    /** Nothing fits; the nearest reading is looked for in {@code key} only when the message is built. */
    static InvalidPeriodException notUnderstoodNear(String text, String key) {
        return new ReaderRefusal(
                text, RefusalKind.NOT_UNDERSTOOD, () -> notUnderstoodMessage(text, DateForms.nearest(key)));
    }

    /** Nothing fits; {@code nearest} is a part that does read, when there is one. */
    static InvalidPeriodException notUnderstood(String text, String nearest) {
        return new ReaderRefusal(text, RefusalKind.NOT_UNDERSTOOD, () -> notUnderstoodMessage(text, nearest));
    }

    private static Message notUnderstoodMessage(String text, String nearest) {
        String shown = shown(text);
        String viNear = nearest == null ? "" : "; phần đọc được gần nhất: \"" + nearest + "\"";
        String enNear = nearest == null ? "" : "; the nearest part that reads: \"" + nearest + "\"";
        return Message.of(
                shown + ": không hiểu cách viết này" + viNear
                        + " (ví dụ: \"trước ngày 15/11/2022\", \"trong quý III/2023\", \"giai đoạn 2021-2025\")",
                shown + ": this form is not understood" + enNear
                        + " (e.g. \"trước ngày 15/11/2022\", \"trong quý III/2023\", \"giai đoạn 2021-2025\")");
    }

    static InvalidPeriodException notOnePeriod(String text, Deadline read) {
        return new ReaderRefusal(text, RefusalKind.NOT_ONE_PERIOD, () -> {
            String shown = shown(text);
            String vi;
            String en;
            if (read instanceof Deadline.Recurring) {
                vi = " lặp lại định kỳ, không phải một kỳ";
                en = " recurs; it is not one period";
            } else if (read instanceof Deadline.Anchored) {
                vi = " tính từ một mốc chưa biết ngày, không phải một kỳ";
                en = " counts from an event whose date is not known; it is not one period";
            } else if (read instanceof Deadline.Dated d && d.qualifier() == Qualifier.FROM) {
                vi = " có ngày bắt đầu, không có ngày kết thúc";
                en = " starts, with no end";
            } else {
                String span = read instanceof Deadline.Dated d
                        ? d.start().map(Object::toString).orElse("") + ".."
                                + d.end().map(Object::toString).orElse("")
                        : "";
                vi = " là khoảng " + span + ", không trọn một tháng, quý, nửa năm, năm hay giai đoạn";
                en = " is the span " + span + ", which is not one month, quarter, half-year, year or stage";
            }
            return Message.of(
                    shown + vi + "; ghi kỳ hoặc ngày cụ thể, ví dụ \"Quý III/2023\" hoặc \"trước ngày 15/11/2022\"",
                    shown + en + "; write a period or a date, e.g. \"Quý III/2023\" or \"trước ngày 15/11/2022\"");
        });
    }

    private static String shown(String text) {
        String nfc = VietnameseText.nfc(text).strip();
        return "\"" + (nfc.length() > ECHO ? nfc.substring(0, ECHO) + "…" : nfc) + "\"";
    }
}
