package org.civicplan.storage.json.internal;

import org.civicplan.core.Message;

/** The {@code formatVersion} every civicplan JSON document starts with, and the check of it. */
public final class FormatVersion {
    public static final int CURRENT = 2;

    private FormatVersion() {}

    /** Checks {@code formatVersion}; a missing, malformed or newer version stops reading. */
    public static void check(Scalars in, Node root) {
        Problems problems = in.problems();
        if (root.type() != Node.Type.OBJECT) {
            throw problems.fatal(
                    root.pointer(),
                    root.line(),
                    root.column(),
                    Message.of(
                            "cần một đối tượng JSON {\"formatVersion\": 1, …}, không phải " + root.type().vi,
                            "expected a JSON object {\"formatVersion\": 1, …}, not " + root.type().en));
        }
        Node version = root.field("formatVersion");
        if (version == null) {
            throw problems.fatal(
                    "",
                    root.line(),
                    root.column(),
                    Message.of(
                            "thiếu \"formatVersion\" (tệp civicplan phải có \"formatVersion\": " + CURRENT + ")",
                            "missing \"formatVersion\" (a civicplan file starts with \"formatVersion\": " + CURRENT
                                    + ")"));
        }
        Integer v = in.integer(version);
        if (v == null) {
            throw problems.stop();
        }
        if (v > CURRENT) {
            throw problems.fatal(
                    version.pointer(),
                    version.line(),
                    version.column(),
                    Message.of(
                            "tệp được ghi bởi phiên bản civicplan mới hơn (formatVersion " + v
                                    + "); phiên bản này chỉ đọc được formatVersion 1 đến " + CURRENT
                                    + ": hãy nâng cấp civicplan",
                            "written by a newer civicplan (formatVersion " + v
                                    + "); this version reads formatVersion 1 to " + CURRENT + ": upgrade civicplan"));
        }
        if (v < 1) {
            throw problems.fatal(
                    version.pointer(),
                    version.line(),
                    version.column(),
                    Message.of(
                            "formatVersion " + v + " không tồn tại (phiên bản hợp lệ: 1 đến " + CURRENT + ")",
                            "there is no formatVersion " + v + " (known: 1 to " + CURRENT + ")"));
        }
        in.formatVersion(v);
    }
}
