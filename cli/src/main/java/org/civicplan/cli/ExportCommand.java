package org.civicplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.civicplan.core.CivicTime;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Program;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Xuất dữ liệu: xlsx (phụ lục, sơ kết), xlsx-measurements (số liệu chỉ tiêu), csv, csv-measurements, json,"
                    + " html (bảng điều khiển), docx (phụ lục).",
            "Exports: xlsx (appendix, review), xlsx-measurements (indicator values), csv, csv-measurements, json,"
                    + " html (dashboard), docx (appendix)."
        })
final class ExportCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Option(
            names = "--format",
            required = true,
            description = "xlsx | xlsx-measurements | csv | csv-measurements | json | html | docx")
    String format;

    @CommandLine.Option(names = "--out", required = true, description = "Tệp kết quả / output file")
    Path out;

    @CommandLine.Option(names = "--plan", description = "Chỉ một kế hoạch / one plan only")
    String plan;

    @CommandLine.Option(names = "--period", description = "Kỳ sơ kết / review period, e.g. 2021-H1")
    String period;

    @CommandLine.Option(names = "--as-of", description = "Ngày đánh giá yyyy-MM-dd / status date (default today)")
    LocalDate asOf;

    @CommandLine.Option(names = "--no-progress", description = "Không hiện thanh tiến độ / no progress bar")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public CivicPlanCli.Options options() {
        return store.options;
    }

    @Override
    public Integer call() throws Exception {
        CivicPlanCli.Options o = store.options;
        Exporter exporter = Exports.all().get(format);
        if (Files.isDirectory(out)) {
            throw new InvalidInputException(Message.of(
                    "--out " + out + " là một thư mục: ghi tên tệp, ví dụ "
                            + out.resolve("civicplan." + exporter.fileExtension()),
                    "--out " + out + " is a folder: give a file name, e.g. "
                            + out.resolve("civicplan." + exporter.fileExtension())));
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            // nothing is created outside the target's folder: a mistyped folder is an error, not a new one
            throw new InvalidInputException(Message.of(
                    "Không có thư mục " + folder + " để ghi --out " + out
                            + " (tạo thư mục trước, hoặc ghi vào một thư mục có sẵn)",
                    "The folder " + folder + " of --out " + out
                            + " does not exist (create it first, or write into an existing folder)"));
        }
        Optional<Period> reviewPeriod = Optional.ofNullable(period).map(Period::parse);
        reviewPeriod.ifPresent(ReportingCalendar::requireReviewable);
        try (OpenStore open = store.open();
                ProgressBar bar = Progress.bar(o.t("Xuất ", "Export ") + format, 1, noProgress)) {
            if (reviewPeriod.isPresent()) {
                requireInsideSomeProgram(open.store().programs().all(), reviewPeriod.get());
            }
            ExportRequest request = new ExportRequest(
                    open.store(),
                    Optional.ofNullable(plan).map(PlanId::of),
                    o.lang(),
                    asOf != null ? asOf : CivicTime.today(CivicTime.systemClock()),
                    reviewPeriod);
            try {
                write(exporter, request, out);
            } catch (IOException e) {
                Message why = reason(e);
                throw new UnableToStoreException(
                        Message.of(
                                "Không ghi được tệp " + out + ": " + why.vi(), "Cannot write " + out + ": " + why.en()),
                        e);
            }
            bar.step();
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(o.t("Đã ghi ", "Wrote ") + out + " (" + Files.size(out) + " bytes)");
        return CivicPlanCli.OK;
    }

    /** A period asked for must share a day with at least one program of the store. */
    static void requireInsideSomeProgram(List<Program> programs, Period period) {
        InvalidInputException first = null;
        for (Program program : programs) {
            try {
                ReportingCalendar.requireInside(program, period);
                return;
            } catch (InvalidInputException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Why a write failed, without the file: the exception's own text names the temporary file the
     * export was written to first, which means nothing to the user.
     */
    static Message reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Message.of("không có quyền ghi vào thư mục này", "permission denied");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Message.of("không có thư mục này", "no such folder");
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return Message.of(f.getReason(), f.getReason());
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Message.of(text, text);
    }

    /**
     * Writes to a temporary file beside the target, then renames it: a failed export leaves no half
     * file. A new file gets the mode any new file gets (the process's umask decides, as for a file a
     * shell writes); a file replaced keeps its own mode, never a wider one.
     */
    static void write(Exporter exporter, ExportRequest request, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // not Files.createTempFile: its files are private (0600) whatever the umask
        Path tmp = dir.resolve(".civicplan-export-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(
                    tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
                exporter.export(request, stream);
            }
            if (Files.exists(target)
                    && Files.getFileStore(tmp)
                            .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
