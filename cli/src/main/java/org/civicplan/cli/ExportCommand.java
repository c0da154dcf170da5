package org.civicplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.civicplan.core.CivicTime;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.period.Period;
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
        Optional<Period> reviewPeriod = Optional.ofNullable(period).map(Period::parse);
        try (OpenStore open = store.open();
                ProgressBar bar = Progress.bar(o.t("Xuất ", "Export ") + format, 1, noProgress)) {
            ExportRequest request = new ExportRequest(
                    open.store(),
                    Optional.ofNullable(plan).map(PlanId::of),
                    o.lang(),
                    asOf != null ? asOf : CivicTime.today(CivicTime.systemClock()),
                    reviewPeriod);
            try {
                write(exporter, request, out);
            } catch (IOException e) {
                throw new UnableToStoreException(
                        Message.of("Không ghi được tệp " + out + ": " + e, "Cannot write " + out + ": " + e), e);
            }
            bar.step();
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(o.t("Đã ghi ", "Wrote ") + out + " (" + Files.size(out) + " bytes)");
        return CivicPlanCli.OK;
    }

    /**
     * Writes to a temporary file beside the target, then renames it: a failed export leaves no half
     * file. A new file gets the mode any new file gets (the process's umask decides, as for a file a
     * shell writes); a file replaced keeps its own mode, never a wider one.
     */
    static void write(Exporter exporter, ExportRequest request, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
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
